# Writes the trusted-platform fixtures in this directory (synthetic notifications and payloads written for the
# tests; lengths of the Message Center personal messages are exact). Run: python3 generate.py (from anywhere).
import os, email.charset
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formatdate
OUT = os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)
QP = email.charset.Charset('utf-8'); QP.body_encoding = email.charset.QP
WALLET = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'
BECH = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'

def part(text, sub):
    m = MIMEText('', sub, None); m.set_charset(QP); m.set_payload(text, QP); return m

def write(name, headers, plain=None, html=None):
    if plain is not None and html is not None:
        msg = MIMEMultipart('alternative'); msg.attach(part(plain, 'plain')); msg.attach(part(html, 'html'))
    elif plain is not None:
        msg = part(plain, 'plain')
    else:
        msg = part(html, 'html')
    mime = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in mime):
        del msg[k]
    for k, v in headers:
        if k != 'MIME-Version':
            msg[k] = v
    msg['MIME-Version'] = '1.0'
    for k, v in mime:
        if k != 'MIME-Version':
            msg[k] = v
    data = msg.as_bytes()
    # headers first as written
    open(os.path.join(OUT, name), 'wb').write(data)

def html_of(paragraphs):
    body = ''.join('<p style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">%s</p>\n' % p.replace('\n', '<br>\n') for p in paragraphs)
    return '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n<table width="600" align="center"><tr><td>\n' + body + '</td></tr></table>\n</body></html>\n'

def auth(domain, mailfrom, policy='REJECT'):
    return ('mx.example.org; spf=pass (mx.example.org: domain of %s designates sender as permitted) smtp.mailfrom=%s; '
            'dkim=pass header.d=%s header.s=selector1; dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s' % (mailfrom, mailfrom, domain, policy, policy, domain))

def common(frm, subject, domain, mailfrom, ip, host, n, to='Anna Berger <anna.berger@example.org>'):
    return [('Return-Path', '<%s>' % mailfrom),
            ('Received', 'from %s (%s [%s]) by mx.example.org (Postfix) with ESMTPS id 4Q%04dXy for <anna.berger@example.org>; Tue, 12 Mar 2024 09:%02d:03 +0000' % (host, host, ip, n, n % 60)),
            ('Authentication-Results', auth(domain, mailfrom)),
            ('From', frm), ('To', to), ('Subject', subject),
            ('Date', 'Tue, 12 Mar 2024 09:%02d:01 +0000' % (n % 60)),
            ('Message-ID', '<fixture-%d@%s>' % (n, domain)), ('MIME-Version', '1.0')]

# ---- payloads (written for these fixtures) ----
EN_CORE = [
 "Hello. I have bad news for you. A few months ago I gained access to the devices you use to browse the internet. I installed malware on your computer that gives me full control of your camera and your screen.",
 "I recorded you while you were watching adult videos and pleasuring yourself. I made a split-screen video: on one side what you were watching, on the other side your face.",
 None,  # payment paragraph
 "You have 48 hours from the moment you read this message. If I do not receive the payment, I will send the video to all your contacts, your colleagues and your family, and post it on social media.",
 "Do not go to the police and do not tell anyone, I will know at once. Once I receive the payment, I will delete the video and you will never hear from me again.",
]
EN_PAY_WALLET = "To keep this private, send 1,250 USD in Bitcoin to my wallet: " + WALLET + " (copy and paste it exactly)."
EN_PAY_NONE = "To keep this private, pay me 1,250 USD in Bitcoin. Buy the coins at any exchange and reply to this message, I will give you the payment details."
EN_MORE = [
 "You may think this is a joke. It is not. I have watched you for a long time and I know which sites you visit, who you write to and what you search for late at night.",
 "Changing your passwords will not help. My program updates itself every few hours and your antivirus cannot see it, because it changes its signature all the time.",
 "I am not a greedy person. The amount is fair for the work I have done, and after this we will both go on with our lives as if nothing had happened.",
 "Think about what your family would say. Think about your colleagues and your friends. One message from me and everyone you know will see what you did in front of your screen.",
 "If you need more time to buy the coins, search for how to buy Bitcoin, it takes ten minutes. Do not reply with excuses, the timer has already started.",
 "This is a one-time offer. I will not contact you again after the payment, and I will remove my program from your devices the same day.",
 "Remember: no police, no friends, no tricks. I can see your screen right now and I will know if you try to find me.",
 "Make the right decision for yourself and for the people who care about you.",
]
DE_CORE = [
 "Hallo. Ich habe schlechte Nachrichten für Sie. Vor einigen Monaten habe ich mir Zugang zu Ihren Geräten verschafft. Ich habe eine Schadsoftware auf Ihrem Computer installiert, mit der ich Ihre Kamera und Ihren Bildschirm steuern kann.",
 "Ich habe Sie dabei aufgenommen, wie Sie Pornos angesehen und sich selbst befriedigt haben. Ich habe ein Video erstellt: auf der einen Seite, was Sie angesehen haben, auf der anderen Seite Ihr Gesicht.",
 None,
 "Sie haben 48 Stunden Zeit, ab dem Moment, in dem Sie diese Nachricht lesen. Wenn ich die Zahlung nicht erhalte, sende ich das Video an alle Ihre Kontakte, Ihre Kollegen und Ihre Familie.",
 "Gehen Sie nicht zur Polizei und erzählen Sie niemandem davon. Nach Eingang der Zahlung lösche ich das Video und Sie hören nie wieder von mir.",
]
DE_PAY_WALLET = "Damit das privat bleibt, überweisen Sie 1.250 EUR in Bitcoin an meine Wallet: " + BECH + " (kopieren und einfügen)."
DE_PAY_NONE = "Damit das privat bleibt, zahlen Sie mir 1.250 EUR in Bitcoin. Kaufen Sie die Bitcoins bei einer Börse und antworten Sie auf diese Nachricht, ich sende Ihnen dann die Zahlungsdaten."
DE_MORE = [
 "Sie denken vielleicht, das ist ein Scherz. Das ist es nicht. Ich beobachte Sie schon lange und weiß, welche Seiten Sie besuchen und wem Sie schreiben.",
 "Ihr Passwort zu ändern hilft nichts. Mein Programm aktualisiert sich alle paar Stunden und Ihr Virenschutz kann es nicht erkennen.",
 "Ich bin kein gieriger Mensch. Der Betrag ist fair für meine Arbeit, und danach gehen wir beide unserer Wege, als wäre nichts geschehen.",
 "Denken Sie daran, was Ihre Familie sagen würde. Denken Sie an Ihre Kollegen und Freunde. Eine Nachricht von mir, und alle sehen, was Sie vor Ihrem Bildschirm getan haben.",
 "Wenn Sie nicht wissen, wie man Bitcoin kauft, suchen Sie im Internet danach, es dauert zehn Minuten. Antworten Sie nicht mit Ausreden, der Countdown läuft bereits.",
 "Dies ist ein einmaliges Angebot. Nach der Zahlung melde ich mich nie wieder und entferne mein Programm noch am selben Tag von Ihren Geräten.",
 "Denken Sie daran: keine Polizei, keine Freunde, keine Tricks. Ich sehe gerade Ihren Bildschirm und weiß es, wenn Sie versuchen, mich zu finden.",
 "Treffen Sie die richtige Entscheidung für sich und für die Menschen, die Ihnen wichtig sind.",
]

def payload(core, pay, more, length):
    paras = [p if p is not None else pay for p in core]
    i = 0
    text = '\n'.join(paras)
    while len(text) < length:
        paras.append(more[i % len(more)]); i += 1
        text = '\n'.join(paras)
    cut = text[:length]
    assert len(cut) == length
    assert '  ' not in cut
    return cut.rstrip() if cut[-1] != ' ' else cut[:-1] + '.'

# ---- Message Center ----
MC_TITLES = ['(Updated) Microsoft Teams: new meeting lobby options', 'Plan for change: retirement of legacy sign-in settings']
def mc(name, n, sharer, message, lang='en'):
    mcid = 'MC%d' % (700000 + n)
    if lang == 'en':
        intro = '%s shared a Message center post with you' % sharer
        lines = [intro, 'Personal message:\n' + message, 'Post details\n' + mcid + ' – ' + MC_TITLES[n % 2] + '\nWe are rolling out this change to all tenants over the coming weeks. Review the details and update your documentation as needed.',
                 'Message ID: ' + mcid, 'View message in Message center: https://admin.microsoft.com/Adminportal/Home#/MessageCenter/:/messages/' + mcid,
                 'You received this message because someone in your organization shared a Message center post with you.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052 USA']
        subject = '%s shared a Message center post: %s' % (sharer, MC_TITLES[n % 2])
    else:
        intro = '%s hat einen Beitrag aus dem Nachrichtencenter für Sie freigegeben' % sharer
        lines = [intro, 'Persönliche Nachricht:\n' + message, 'Beitragsdetails\n' + mcid + ' – Geplante Änderung: Abschaltung alter Anmeldeeinstellungen\nWir führen diese Änderung in den kommenden Wochen für alle Mandanten ein. Prüfen Sie die Details und passen Sie Ihre Dokumentation an.',
                 'Nachrichten-ID: ' + mcid, 'Nachricht im Nachrichtencenter anzeigen: https://admin.microsoft.com/Adminportal/Home#/MessageCenter/:/messages/' + mcid,
                 'Sie erhalten diese Nachricht, weil jemand in Ihrer Organisation einen Beitrag aus dem Nachrichtencenter für Sie freigegeben hat.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052 USA']
        subject = '%s hat einen Beitrag aus dem Nachrichtencenter freigegeben' % sharer
    hdr = common('Microsoft 365 Message center <o365mc@microsoft.com>', subject, 'microsoft.com', 'o365mc@microsoft.com', '40.107.96.%d' % (100 + n), 'mail-dm6nam11on2%03d.outbound.protection.outlook.com' % n, n)
    write(name, hdr, '\n\n'.join(lines) + '\n', html_of(lines))

mc('mc-genuine-en.eml', 1, 'Priya Natarajan', 'FYI: this affects the Teams rollout for the sales floor next month. Can you check our meeting policies before the change lands?')
mc('mc-genuine-de.eml', 2, 'Jonas Weber', 'Zur Info: Das betrifft unsere Anmeldeeinstellungen. Bitte prüft bis Ende des Monats, ob wir etwas anpassen müssen.', 'de')
for length in (1047, 2500):
    for wallet in (True, False):
        n = 10 + length % 7 + (1 if wallet else 0)
        mc('mc-abused-en-%d%s.eml' % (length, '-wallet' if wallet else ''), n, 'Security Team',
           payload(EN_CORE, EN_PAY_WALLET if wallet else EN_PAY_NONE, EN_MORE, length))
        mc('mc-abused-de-%d%s.eml' % (length, '-wallet' if wallet else ''), n + 20, 'Sicherheitsteam',
           payload(DE_CORE, DE_PAY_WALLET if wallet else DE_PAY_NONE, DE_MORE, length), 'de')

SHORT_EN = '\n'.join([EN_CORE[0], EN_CORE[1], EN_PAY_WALLET, EN_CORE[3], EN_CORE[4]])

# ---- SharePoint / OneDrive ----
def sharepoint(name, n, sharer, message, filename):
    lines = ['%s shared a file with you\n%s' % (sharer, message), filename, 'Open',
             'This link will work for anyone in Contoso Ltd.',
             'Microsoft respects your privacy. To learn more, please read our Privacy Statement.\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052']
    hdr = common('%s <no-reply@sharepointonline.com>' % sharer, '%s shared "%s" with you' % (sharer, filename), 'sharepointonline.com', 'no-reply@sharepointonline.com', '40.107.22.%d' % n, 'mail-am6eur05on2%03d.outbound.protection.outlook.com' % n, n)
    write(name, hdr, '\n\n'.join(lines) + '\n', html_of(lines))
sharepoint('sharepoint-genuine.eml', 40, 'Lena Fischer', 'Here is the updated budget for Q3 - please add your numbers by Thursday.', 'Q3-budget.xlsx')
sharepoint('sharepoint-abused.eml', 41, 'Lena Fischer', SHORT_EN, 'Invoice_0412.pdf')

# ---- Google Docs ----
def gdocs(name, n, sharer, addr, message, title):
    lines = ['%s shared a document' % sharer, '%s (%s) has invited you to edit the following document:\n%s' % (sharer, addr, message), title, 'Open in Docs',
             'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nYou have received this email because %s shared a document with you from Google Docs.' % addr]
    hdr = common('"%s (via Google Docs)" <drive-shares-dm-noreply@google.com>' % sharer, 'Document shared with you: "%s"' % title, 'google.com', 'drive-shares-dm-noreply@google.com', '209.85.220.%d' % n, 'mail-sor-f%d.google.com' % n, n)
    hdr.append(('Reply-To', '%s <%s>' % (sharer, addr)))
    write(name, hdr, '\n\n'.join(lines) + '\n', html_of(lines))
gdocs('gdocs-genuine.eml', 50, 'Marta Ruiz', 'marta.ruiz@example.net', 'Draft of the grant proposal. Comments welcome, especially on the budget section.', 'Grant proposal 2024')
gdocs('gdocs-abused.eml', 51, 'Private Notice', 'private.notice.4471@gmail.com', SHORT_EN, 'Read this now')

# ---- Google Calendar (HTML only) ----
def gcal(name, n, organizer, addr, description, title):
    lines = ['%s' % title, 'When: Thursday 14 Mar 2024 10:00 – 11:00 (Central European Time)', 'Organizer: %s %s' % (organizer, addr), 'Guests: anna.berger@example.org', 'View all guest info',
             description, 'Reply for anna.berger@example.org: Yes / No / Maybe', 'Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the event.']
    hdr = common('Google Calendar <calendar-notification@google.com>', 'Invitation: %s @ Thu 14 Mar 2024 10am - 11am (CET) (anna.berger@example.org)' % title, 'google.com', 'calendar-notification@google.com', '209.85.220.%d' % n, 'mail-sor-f%d.google.com' % n, n)
    hdr.append(('Reply-To', '%s <%s>' % (organizer, addr)))
    write(name, hdr, None, html_of(lines))
gcal('gcal-genuine.eml', 60, 'Tom Becker', 'tom.becker@example.com', 'Agenda: review of the migration plan, open questions on the database cutover, next steps.', 'Migration planning')
gcal('gcal-abused.eml', 61, 'Your Secret', 'secret.watcher@proton.me', SHORT_EN, 'Important, read the description')

# ---- PayPal invoice (plain only) ----
def paypal(name, n, seller, note, amount):
    lines = ['%s sent you an invoice for %s' % (seller, amount), 'Note from seller:\n' + note, 'View and Pay Invoice: https://www.paypal.com/invoice/p/#INV2-%04d-FIXT-URE0' % n,
             'Invoice details\nAmount due: %s\nDue: on receipt' % amount, 'PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.\nPayPal Pte. Ltd.']
    hdr = common('"service@paypal.com" <service@paypal.com>', 'Invoice from %s (#%04d)' % (seller, n), 'paypal.com', 'service@paypal.com', '173.0.84.%d' % n, 'mx%d.slc.paypal.com' % n, n)
    write(name, hdr, '\n\n'.join(lines) + '\n')
paypal('paypal-invoice-genuine.eml', 70, 'Green Leaf Gardening', 'Thank you for your business! This invoice covers the hedge trimming on 4 March. Payment is due within 14 days.', '$180.00 USD')
paypal('paypal-invoice-abused.eml', 71, 'Billing Department', SHORT_EN, '$1,250.00 USD')

# ---- DocuSign ----
def docusign(name, n, sender, addr, blurb, doc):
    lines = ['%s sent you a document to review and sign.' % sender, 'REVIEW DOCUMENT', '%s\n%s\n\n%s' % (sender, addr, blurb),
             'Do Not Share This Email\nThis email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.',
             'About DocuSign\nSign documents electronically in just minutes. It is safe, secure, and legally binding.']
    hdr = common('"%s via DocuSign" <dse@docusign.net>' % sender, 'Please DocuSign: %s' % doc, 'docusign.net', 'dse@docusign.net', '64.207.219.%d' % n, 'mailda.docusign.net', n)
    hdr.append(('Reply-To', '%s <%s>' % (sender, addr)))
    write(name, hdr, '\n\n'.join(lines) + '\n', html_of(lines))
docusign('docusign-genuine.eml', 80, 'Harbor Property Management', 'leasing@harbor-pm.example.com', 'Please review and sign the lease renewal for unit 4B. Let me know if anything needs to change.', 'Lease renewal 4B.pdf')
docusign('docusign-abused.eml', 81, 'Confidential', 'confidential.delivery@tutanota.com', SHORT_EN, 'Confidential.pdf')

# ---- Elastic alert (plain only) ----
def elastic(name, n, message, rule):
    text = message + '\n\n--\nThis message was sent by Elastic. Go to Elastic: https://cloud.elastic.co/\nRule: %s\n' % rule
    hdr = common('Elastic <noreply@watcher.elastic.co>', 'Alert: %s' % rule, 'elastic.co', 'noreply@watcher.elastic.co', '35.190.74.%d' % n, 'smtp.watcher.elastic.co', n)
    write(name, hdr, text)
elastic('elastic-genuine.eml', 90, 'Disk usage on node es-data-3 is above 85% (currently 91%). Consider adding capacity or deleting old indices.', 'Disk usage high')
elastic('elastic-abused.eml', 91, SHORT_EN, 'Account notice')
print('ok')
