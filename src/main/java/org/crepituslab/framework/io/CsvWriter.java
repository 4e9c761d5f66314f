package org.crepituslab.framework.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the app writes CSV (every {@code simulate}, every export): Commons CSV with a
 * header, "\n" line endings on every platform, and numbers in one format (shortest decimal form
 * rounded to {@value #DIGITS} significant digits, locale-independent), so files compare across
 * machines and scripts can rely on them. Files are written atomically through {@link AtomicFiles}.
 */
public final class CsvWriter implements Closeable {
    /** Significant digits of every number written. */
    public static final int DIGITS = 9;
    /** The one CSV format: Commons CSV's default quoting with "\n" line endings on every platform. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    private final CSVPrinter printer;
    private final List<Object> row = new ArrayList<>();

    private CsvWriter(Appendable out, List<String> header) throws IOException {
        printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(header);
    }

    /** A Commons CSV printer in the one format, with a header, for code that streams rows itself. */
    public static CSVPrinter printer(Appendable out, String... header) throws IOException {
        return FORMAT.builder().setHeader(header).build().print(out);
    }

    /** A writer onto any text sink (a StringBuilder for a preview, the writer of an atomic file). */
    public static CsvWriter to(Appendable out, List<String> header) throws IOException {
        return new CsvWriter(out, header);
    }

    /** Writes a whole CSV file atomically: the body writes the rows; the target appears only when it is done. */
    public static void writeFile(Path target, List<String> header, Rows body) throws IOException {
        AtomicFiles.write(target, w -> {
            CsvWriter csv = new CsvWriter(w, header);
            body.write(csv);
            csv.printer.flush();
        });
    }

    /** Writes the rows of one file. */
    @FunctionalInterface
    public interface Rows {
        void write(CsvWriter csv) throws IOException;
    }

    /** Writes one record; doubles and floats in the common number format, anything else as its text. */
    public CsvWriter row(Object... cells) throws IOException {
        row.clear();
        for (Object c : cells) {
            row.add(c instanceof Double || c instanceof Float ? number(((Number) c).doubleValue()) : c);
        }
        printer.printRecord(row);
        return this;
    }

    /** Like {@link #row}, for use inside lambdas that cannot throw. */
    public void rowUnchecked(Object... cells) {
        try {
            row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The common number format. */
    public static String number(double v) {
        return CsvNumbers.format(v, DIGITS);
    }

    /** Pushes buffered rows to the sink without closing it (for standard output). */
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
