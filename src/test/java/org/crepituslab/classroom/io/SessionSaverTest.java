package org.crepituslab.classroom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.crepituslab.classroom.ClassFixtures;
import org.crepituslab.classroom.model.AnswerOutcome;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.SavedSession;
import org.crepituslab.quiz.model.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionSaverTest {
    @TempDir
    Path dir;

    @Test
    void answersAreOnDiskWhenAcknowledgedAndARestartCarriesOn() throws Exception {
        Path csv = dir.resolve("results.csv");
        ClassSession s = ClassFixtures.session();
        String ann = s.join(ClassFixtures.CODE, "=cmd|'/c calc'!A1").token();
        s.next();
        SessionSaver saver = new SessionSaver(s, csv, msg -> { throw new AssertionError(msg); });
        s.answer(ann, "q-single", new Response.Pick("b"));
        saver.savedThrough(s.version()).get(5, TimeUnit.SECONDS);
        // what a crash would leave: the files as they are now, without close()
        SavedSession saved = SessionFile.read(SessionFile.beside(csv)).orElseThrow();
        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", ClassResultsCsv.HEADER), lines.get(0));
        assertTrue(lines.get(1).startsWith("1,q-single,single,'=cmd|'/c calc'!A1,Beta,1,"), lines.get(1));
        saver.close();

        ClassSession again = ClassSession.restore(saved, ClassFixtures.classQuestions(), System::currentTimeMillis);
        assertEquals(ClassFixtures.CODE, again.code());
        assertEquals(1, again.answerCount());
        assertEquals(AnswerOutcome.REPLACED, again.answer(ann, "q-single", new Response.Pick("a")),
                "the reconnecting phone's token still works and its answer is not counted twice");
        again.reveal();
        again.next();
        assertEquals(AnswerOutcome.ACCEPTED, again.answer(ann, "q-multiple", new Response.Picks(Set.of("a"))));
    }

    @Test
    void theNewestUnfinishedSessionOfAFolderIsFound() throws Exception {
        ClassSession ended = ClassFixtures.session();
        ended.end();
        try (SessionSaver a = new SessionSaver(ended, dir.resolve("a.csv"), msg -> { })) {
            a.saveOnce();
        }
        assertTrue(SessionFile.latestUnfinished(dir, Duration.ofHours(1)).isEmpty(), "an ended session is not carried on");
        ClassSession open = ClassFixtures.session();
        open.next();
        try (SessionSaver b = new SessionSaver(open, dir.resolve("b.csv"), msg -> { })) {
            b.saveOnce();
        }
        var found = SessionFile.latestUnfinished(dir, Duration.ofHours(1)).orElseThrow();
        assertEquals(dir.resolve("b.csv"), found.getKey());
        assertEquals(0, found.getValue().index());
        assertTrue(SessionFile.latestUnfinished(dir, Duration.ZERO).isEmpty(), "too old");
    }
}
