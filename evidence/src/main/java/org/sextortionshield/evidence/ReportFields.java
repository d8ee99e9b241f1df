package org.sextortionshield.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sextortionshield.core.data.DataFile;

/**
 * The fields of the IC3 and Action Fraud forms ({@code report-fields.txt}), filled with the answers a message gives.
 * Only the person reporting knows some answers (did you pay?); those say so, and so do answers the message lacks.
 */
final class ReportFields {
  static final String VICTIM = "victim";
  static final String TO_FILL = "to be filled in by you";
  static final String UNKNOWN = "unknown (not in the message)";
  private static final List<Field> FIELDS = load(DataFile.resource("org/sextortionshield/evidence/report-fields.txt"));

  private record Field(String key, String label, List<String> forms, String source) {}

  private ReportFields() {}

  /** The fields in form order, answered from {@code answers} (source name to answer; absent or blank: unknown). */
  static List<ReportField> fill(Map<String, String> answers) {
    List<ReportField> out = new ArrayList<>();
    for (Field f : FIELDS) {
      String answer = answers.get(f.source());
      if (f.source().equals(VICTIM)) {
        out.add(new ReportField(f.key(), f.label(), f.forms(), f.source(), TO_FILL, false));
      } else if (answer == null || answer.isBlank()) {
        out.add(new ReportField(f.key(), f.label(), f.forms(), f.source(), UNKNOWN, false));
      } else {
        out.add(new ReportField(f.key(), f.label(), f.forms(), f.source(), answer, true));
      }
    }
    return List.copyOf(out);
  }

  /** Every source a field names, so a test can check each has an answer computed. */
  static List<String> sources() {
    return FIELDS.stream().map(Field::source).distinct().toList();
  }

  private static List<Field> load(DataFile file) {
    List<Field> out = new ArrayList<>();
    for (DataFile.Section s : file.sections()) {
      String label = null;
      String source = null;
      List<String> forms = List.of();
      for (DataFile.Line line : s.lines()) {
        String[] kv = DataFile.keyValue(line.text());
        if (kv == null) {
          throw new DataFile.DataFileException(file.name(), line.number(), "expected 'key = value'");
        }
        switch (kv[0]) {
          case "label" -> label = kv[1];
          case "source" -> source = kv[1];
          case "forms" -> forms = List.of(kv[1].split("\\s*,\\s*"));
          default -> throw new DataFile.DataFileException(file.name(), line.number(), "unknown key " + kv[0]);
        }
      }
      if (label == null || source == null) {
        throw new DataFile.DataFileException(file.name(), 0, "[" + s.name() + "] needs label and source");
      }
      out.add(new Field(s.name(), label, forms, source));
    }
    return List.copyOf(out);
  }
}
