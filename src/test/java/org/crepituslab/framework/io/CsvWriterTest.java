package org.crepituslab.framework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesHeaderRowsNumbersAndNewlinesOneWay() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (CsvWriter csv = CsvWriter.to(sb, List.of("t_s", "event"))) {
            csv.row(0.1 + 0.2, "pop").row(8.999999999999999E-5, "a, b");
        }
        assertEquals("t_s,event\n0.3,pop\n9.0E-5,\"a, b\"\n", sb.toString());
    }

    @Test
    void aFileAppearsWholeOrNotAtAll() throws IOException {
        Path f = dir.resolve("out.csv");
        CsvWriter.writeFile(f, List.of("x"), csv -> csv.row(1.0));
        assertEquals("x\n1\n", Files.readString(f));
        assertThrows(IOException.class, () -> CsvWriter.writeFile(f, List.of("x"), csv -> {
            csv.row(2.0);
            throw new IOException("disk full");
        }));
        assertEquals("x\n1\n", Files.readString(f), "a failed write must leave the old file");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")), "no temp file may be left");
        }
    }
}
