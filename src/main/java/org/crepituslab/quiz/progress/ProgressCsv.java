package org.crepituslab.quiz.progress;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.quiz.model.BankProgress;
import org.crepituslab.quiz.model.Progress;
import org.crepituslab.quiz.model.QuestionStats;

/**
 * A profile's saved progress as CSV, one row per bank and question: attempts, full-credit answers,
 * the last score, when it was last answered and when practice brings it back (ISO-8601, UTC).
 */
public final class ProgressCsv {
    /** The header is a contract: scripts read it. */
    public static final List<String> HEADER = List.of("bank", "question id", "attempts", "correct", "last score",
            "last answered", "next review");

    private ProgressCsv() {
    }

    /** Writes the file atomically; returns the number of rows. */
    public static int write(Path file, Progress progress, String onlyBank) throws IOException {
        int[] rows = {0};
        Map<String, BankProgress> banks = new TreeMap<>(progress.banks());
        CsvWriter.writeFile(file, HEADER, csv -> {
            for (Map.Entry<String, BankProgress> b : banks.entrySet()) {
                if (onlyBank != null && !onlyBank.equals(b.getKey())) {
                    continue;
                }
                for (Map.Entry<String, QuestionStats> q : new TreeMap<>(b.getValue().questions()).entrySet()) {
                    QuestionStats s = q.getValue();
                    csv.row(SpreadsheetSafe.text(b.getKey()), SpreadsheetSafe.text(q.getKey()), s.attempts(), s.correct(),
                            s.lastScore(), time(s.lastAnsweredAt()), time(s.card().dueAt()));
                    rows[0]++;
                }
            }
        });
        return rows[0];
    }

    private static String time(long epochMillis) {
        return epochMillis <= 0 ? "" : Instant.ofEpochMilli(epochMillis).toString();
    }
}
