package org.crepituslab.classroom.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crepituslab.classroom.model.QuestionResult;
import org.crepituslab.classroom.model.StudentResult;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.quiz.progress.SpreadsheetSafe;

/**
 * A session's results: one row per student and question answered. Text a student typed (the
 * nickname) and bank text could start with a formula character, so every text cell goes through
 * {@link SpreadsheetSafe}; nicknames are the only personal data.
 */
public final class ClassResultsCsv {
    public static final List<String> HEADER =
            List.of("question_number", "question_id", "type", "student", "answer", "score", "answered_at");

    private ClassResultsCsv() {
    }

    public static void write(Path file, List<QuestionResult> results) throws IOException {
        CsvWriter.writeFile(file, HEADER, csv -> {
            for (QuestionResult r : results) {
                for (StudentResult s : r.answers()) {
                    csv.row(r.number(), SpreadsheetSafe.text(r.question().id()), r.question().type(),
                            SpreadsheetSafe.text(s.name()), SpreadsheetSafe.text(s.answer()), s.score(),
                            Instant.ofEpochMilli(s.atMillis()).toString());
                }
            }
        });
    }
}
