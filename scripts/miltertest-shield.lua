-- Checks `shield milter` with miltertest (Debian package miltertest, from OpenDKIM): an MTA-side implementation
-- other than ours and Postfix's, which waits for an answer at every step.
-- Run: miltertest -D socket=inet:PORT@127.0.0.1 -s scripts/miltertest-shield.lua
local function check(ok, what)
  if not ok then error("miltertest-shield: " .. what) end
end

local conn = mt.connect(socket)
check(conn ~= nil, "cannot connect to " .. tostring(socket))
check(mt.conninfo(conn, "mx.example.net", "192.0.2.10") == nil, "conninfo")

-- A sextortion message carrying a forged verdict: tagged, forged header deleted, quarantined, accepted.
mt.macro(conn, SMFIC_MAIL, "i", "MT00001")
check(mt.mailfrom(conn, "billing@mailer.example.net") == nil, "mail from")
check(mt.getreply(conn) == SMFIR_CONTINUE, "mail from answered")
check(mt.rcptto(conn, "jordan.miller@example.com") == nil, "rcpt to")
check(mt.header(conn, "From", "billing@mailer.example.net") == nil, "header")
check(mt.header(conn, "Subject", "Your account was compromised") == nil, "header")
check(mt.header(conn, "X-Sextortion-Verdict", "clean") == nil, "header")
check(mt.eoh(conn) == nil, "eoh")
check(mt.bodystring(conn, "I hacked your device and recorded you through your webcam while you were watching "
  .. "porn.\r\nI will send the video to all your contacts unless you pay $1,450 in Bitcoin to\r\n"
  .. "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa within 48 hours.\r\n") == nil, "body")
check(mt.eom(conn) == nil, "eom")
check(mt.getreply(conn) == SMFIR_ACCEPT, "sextortion not accepted")
check(mt.eom_check(conn, MT_HDRADD, "X-Sextortion-Verdict", "sextortion"), "no X-Sextortion-Verdict: sextortion")
check(mt.eom_check(conn, MT_HDRCHANGE, "X-Sextortion-Verdict", ""), "forged verdict not deleted")
check(mt.eom_check(conn, MT_QUARANTINE), "not quarantined")

-- An aborted message, then a clean one on the same connection: tagged clean, not quarantined.
check(mt.mailfrom(conn, "someone@example.net") == nil, "mail from")
check(mt.abort(conn) == nil, "abort")
check(mt.mailfrom(conn, "priya.shah@supplier.example.org") == nil, "mail from")
check(mt.rcptto(conn, "jordan.miller@example.com") == nil, "rcpt to")
check(mt.header(conn, "Subject", "Delivery schedule") == nil, "header")
check(mt.eoh(conn) == nil, "eoh")
check(mt.bodystring(conn, "We can ship the first 400 units on Friday.\r\n") == nil, "body")
check(mt.eom(conn) == nil, "eom")
check(mt.getreply(conn) == SMFIR_ACCEPT, "clean mail not accepted")
check(mt.eom_check(conn, MT_HDRADD, "X-Sextortion-Verdict", "clean"), "no X-Sextortion-Verdict: clean")
check(not mt.eom_check(conn, MT_QUARANTINE), "clean mail quarantined")
mt.disconnect(conn)
print("miltertest-shield: passed")
