package org.crepituslab.quiz.progress;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.crepituslab.framework.io.CsvWriter;
import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.quiz.model.AnswerRecord;

/**
 * A session's answers as CSV, one row per answer (a question practice brings back has a row per
 * attempt): question id, topic (the question's topics joined with ";"), answer (readable text),
 * correct (true only for full credit), time (seconds from showing the question to checking it).
 */
public final class ResultsCsv {
    /** The header is a contract (issue 6): spell it exactly. */
    public static final String[] HEADER = {"question id", "topic", "answer", "correct", "time"};

    private ResultsCsv() {
    }

    public static String toCsv(List<AnswerRecord> answers) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CsvWriter.printer(out, HEADER)) {
            for (AnswerRecord a : answers) {
                csv.printRecord(SpreadsheetSafe.text(a.questionId()), SpreadsheetSafe.text(String.join(";", a.topics())),
                        SpreadsheetSafe.text(a.answerText()), a.correct(),
                        String.format(Locale.ROOT, "%.1f", a.millisTaken() / 1000.0));
            }
        }
        return out.toString();
    }

    public static void write(Path file, List<AnswerRecord> answers) throws IOException {
        AtomicFiles.write(file, toCsv(answers).getBytes(StandardCharsets.UTF_8));
    }
}
