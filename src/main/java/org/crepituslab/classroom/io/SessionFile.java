package org.crepituslab.classroom.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.crepituslab.classroom.model.SavedSession;
import org.crepituslab.classroom.model.SessionState;
import org.crepituslab.classroom.model.Student;
import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.quiz.progress.ResponseJson;

/**
 * The saved state of a session, as JSON beside its results ({@code results.csv.session.json}).
 * A file that cannot be read is moved aside and reported, never overwritten.
 */
public final class SessionFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT = 1;

    private SessionFile() {
    }

    /** Where the state of the session whose results go to {@code results} is kept. */
    public static Path beside(Path results) {
        return results.resolveSibling(results.getFileName() + ".session.json");
    }

    public static void write(Path file, SavedSession s) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("code", s.code()).put("index", s.index()).put("state", s.state().id())
                .put("openedAt", s.openedAtMillis());
        s.questionIds().forEach(root.putArray("questions")::add);
        ArrayNode students = root.putArray("students");
        s.students().forEach(st -> students.addObject().put("token", st.token()).put("name", st.name())
                .put("joinedAt", st.joinedAtMillis()));
        ArrayNode answers = root.putArray("answers");
        s.answers().forEach(a -> {
            ObjectNode n = answers.addObject().put("question", a.questionId()).put("token", a.token())
                    .put("at", a.atMillis());
            ResponseJson.write(n.putObject("answer"), a.response());
        });
        AtomicFiles.write(file, JSON.writeValueAsBytes(root));
    }

    /**
     * The newest session saved in a folder that had not ended and was saved less than {@code maxAge}
     * ago (the app stopped during a class), with its results file; unreadable files are skipped.
     */
    public static Optional<Map.Entry<Path, SavedSession>> latestUnfinished(Path folder, Duration maxAge) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        String suffix = ".session.json";
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> candidates = files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .filter(f -> age(f).compareTo(maxAge) < 0)
                    .sorted(Comparator.comparing(SessionFile::age)).toList();
            for (Path f : candidates) {
                try {
                    Optional<SavedSession> s = read(f);
                    if (s.isPresent() && s.get().state() != SessionState.ENDED) {
                        String name = f.getFileName().toString();
                        return Optional.of(Map.entry(f.resolveSibling(name.substring(0, name.length() - suffix.length())),
                                s.get()));
                    }
                } catch (IOException | RuntimeException unreadable) {
                    // not this one
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Duration age(Path f) {
        try {
            return Duration.between(Files.getLastModifiedTime(f).toInstant(), Instant.now());
        } catch (IOException e) {
            return Duration.ofDays(365);
        }
    }

    /** The saved session, or empty when there is none; throws when the file exists but is damaged. */
    public static Optional<SavedSession> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode root = JSON.readTree(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        if (root == null || root.path("format").asInt() != FORMAT) {
            throw new IOException(file + ": not a saved class session");
        }
        List<String> questions = new ArrayList<>();
        root.path("questions").forEach(q -> questions.add(q.asText()));
        List<Student> students = new ArrayList<>();
        root.path("students").forEach(s -> students.add(new Student(s.path("token").asText(), s.path("name").asText(),
                s.path("joinedAt").asLong())));
        List<SavedSession.SavedAnswer> answers = new ArrayList<>();
        for (JsonNode a : root.path("answers")) {
            answers.add(new SavedSession.SavedAnswer(a.path("question").asText(), a.path("token").asText(),
                    ResponseJson.read(a.path("answer")), a.path("at").asLong()));
        }
        SessionState state = SessionState.valueOf(root.path("state").asText().toUpperCase(Locale.ROOT));
        return Optional.of(new SavedSession(root.path("code").asText(), questions, root.path("index").asInt(), state,
                root.path("openedAt").asLong(), students, answers));
    }
}
