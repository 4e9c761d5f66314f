package org.crepituslab.quiz.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crepituslab.framework.io.AtomicFiles;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.UserDirs;
import org.crepituslab.quiz.model.Progress;
import org.crepituslab.quiz.model.ProgressRepository;

/**
 * One profile's progress file, {@code <data dir>/quiz/progress-<profile>.json}. Every save is an
 * atomic write (temp file, fsync, rename) that keeps the previous version as {@code .bak}. A file
 * that cannot be read is moved aside (never overwritten) and reported; the last good copy is used
 * when it can be read, so at most the last answer is lost and the quiz still opens.
 */
public final class ProgressStore implements ProgressRepository {
    /** Profile names become file names: keep them to safe characters. */
    public static final Pattern PROFILE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    public static final String DEFAULT_PROFILE = "default";
    private static final String PREFIX = "progress-";
    private static final String SUFFIX = ".json";

    /** How bytes reach the disk; tests replace it to simulate a crash in the middle of a write. */
    @FunctionalInterface
    public interface Writer {
        void write(Path target, byte[] content) throws IOException;
    }

    private final Path folder;
    private final String profile;
    private final Writer writer;

    public ProgressStore(Path folder, String profile, Writer writer) {
        if (!PROFILE.matcher(profile).matches()) {
            throw new IllegalArgumentException("profile names use letters, digits, - and _ (1-40): \"" + profile + "\"");
        }
        this.folder = folder;
        this.profile = profile;
        this.writer = writer;
    }

    /** The quiz's folder in the user data directory ($XDG_DATA_HOME/crepitus-lab/quiz). */
    public static Path standardFolder() {
        return UserDirs.dataDir().resolve("quiz");
    }

    public static ProgressStore forProfile(String profile) {
        return new ProgressStore(standardFolder(), profile, AtomicFiles::write);
    }

    public Path file() {
        return folder.resolve(PREFIX + profile + SUFFIX);
    }

    @Override
    public String profile() {
        return profile;
    }

    @Override
    public Loaded load() {
        Path file = file();
        AtomicFiles.cleanTemps(file);
        Path backup = AtomicFiles.backupOf(file);
        String reason;
        try {
            return new Loaded(ProgressJson.read(Files.readAllBytes(file)), null);
        } catch (NoSuchFileException missing) {
            // a first start, or the learner deleted the file to start afresh: do not resurrect the backup
            return new Loaded(Progress.EMPTY, null);
        } catch (IOException e) {
            reason = e.getMessage();
        }
        String moved = null;
        if (Files.exists(file)) {
            try {
                moved = AtomicFiles.moveAside(file).getFileName().toString();
            } catch (IOException e) {
                moved = null;
            }
        }
        Progress restored = readBackup(backup);
        String where = moved == null ? Strings.format("quiz.progress.notMoved") : Strings.format("quiz.progress.movedAs", moved);
        String outcome = restored != null ? Strings.get("quiz.progress.restored") : Strings.get("quiz.progress.fresh");
        String problem = Strings.format("quiz.progress.corrupt", file.toString(), reason, where, outcome);
        return new Loaded(restored != null ? restored : Progress.EMPTY, problem);
    }

    private static Progress readBackup(Path backup) {
        try {
            return ProgressJson.read(Files.readAllBytes(backup));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void save(Progress progress) throws IOException {
        writer.write(file(), ProgressJson.write(progress));
    }

    /** The profiles that have a progress file in the folder, sorted, with the default always first. */
    public static List<String> profiles(Path folder) {
        List<String> out = new ArrayList<>();
        out.add(DEFAULT_PROFILE);
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(PREFIX) && n.endsWith(SUFFIX))
                    .map(n -> n.substring(PREFIX.length(), n.length() - SUFFIX.length()))
                    .filter(n -> PROFILE.matcher(n).matches() && !n.equals(DEFAULT_PROFILE))
                    .sorted().forEach(out::add);
        } catch (IOException e) {
            // an unreadable folder just lists the default profile
        }
        return out;
    }
}
