package org.crepituslab.framework;

import org.crepituslab.framework.io.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsEveryPreference() {
        Path file = dir.resolve("preferences.json");
        Preferences p = new Preferences();
        p.themeProperty().set(Theme.PROJECTOR);
        p.setFontScale(1.75);
        p.soundOnProperty().set(false);
        p.reducedMotionProperty().set(true);
        p.languageProperty().set("es");
        new PreferencesStore(file).save(p);

        PreferencesStore store = new PreferencesStore(file);
        Preferences back = store.load();
        assertNull(store.problem());
        assertEquals(Theme.PROJECTOR, back.themeProperty().get());
        assertEquals(1.75, back.fontScaleProperty().get());
        assertFalse(back.soundOnProperty().get());
        assertTrue(back.reducedMotionProperty().get());
        assertEquals("es", back.languageProperty().get());
    }

    @Test
    void missingFileGivesDefaultsQuietly() {
        PreferencesStore store = new PreferencesStore(dir.resolve("none.json"));
        Preferences p = store.load();
        assertEquals(Theme.DEFAULT, p.themeProperty().get());
        assertNull(store.problem());
    }

    @Test
    void corruptFileIsMovedAsideReportedAndDefaultsUsed() throws IOException {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{\"theme\": \"projector\", \"fontScale\": ", StandardCharsets.UTF_8);
        PreferencesStore store = new PreferencesStore(file);
        Preferences p = store.load();
        assertEquals(Theme.DEFAULT, p.themeProperty().get());
        assertNotNull(store.problem());
        assertTrue(store.problem().contains("preferences.json"), store.problem());
        assertFalse(Files.exists(file), "the corrupt file is moved, not left to be overwritten");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> aside = files.filter(f -> f.getFileName().toString().contains(".corrupt-")).toList();
            assertEquals(1, aside.size());
            assertTrue(Files.readString(aside.get(0)).startsWith("{\"theme\""), "content kept for the user");
        }
    }

    @Test
    void wrongFieldTypeNamesTheField() throws IOException {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{\"theme\": \"purple\"}");
        PreferencesStore store = new PreferencesStore(file);
        store.load();
        assertTrue(store.problem().contains("theme"), store.problem());
    }

    @Test
    void eachWrongFieldIsNamedWithWhatWasFoundAndTheGoodOnesAreKept() throws IOException {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{\"theme\": {\"dark\": true}, \"fontScale\": \"big\", \"soundOn\": 1,"
                + " \"reducedMotion\": true, \"language\": \"es\"}");
        PreferencesStore store = new PreferencesStore(file);
        Preferences p = store.load();
        String problem = store.problem();
        assertTrue(problem.contains("\"theme\": expected \"default\" or \"projector\", found an object"), problem);
        assertTrue(problem.contains("\"fontScale\": expected a number, found \"big\""), problem);
        assertTrue(problem.contains("\"soundOn\": expected true or false, found 1"), problem);
        assertTrue(p.reducedMotionProperty().get());
        assertEquals("es", p.languageProperty().get());
        assertTrue(Files.exists(file), "a file with some bad fields is kept in place");
    }

    @Test
    void fontScaleIsClampedToTheSupportedRange() throws IOException {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{\"fontScale\": 9}");
        assertEquals(2.0, new PreferencesStore(file).load().fontScaleProperty().get());
    }

    @Test
    void atomicWriteKeepsTheLastGoodCopy() throws IOException {
        Path file = dir.resolve("data.json");
        AtomicFiles.write(file, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file, "two".getBytes(StandardCharsets.UTF_8));
        assertEquals("two", Files.readString(file));
        assertEquals("one", Files.readString(AtomicFiles.backupOf(file)));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no temp files left");
        }
    }
}
