package org.crepituslab.framework.cli;

import java.nio.file.Files;
import java.util.TreeSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line after the command name: positional words and {@code --key=value} flags (a bare
 * {@code --key} means "true"). Getters validate and name the flag in their error.
 */
public final class CliArgs {
    private final List<String> positional;
    private final Map<String, String> flags;

    private CliArgs(List<String> positional, Map<String, String> flags) {
        this.positional = positional;
        this.flags = flags;
    }

    public static CliArgs parse(List<String> words) throws UsageException {
        List<String> pos = new ArrayList<>();
        Map<String, String> flags = new LinkedHashMap<>();
        for (String w : words) {
            if (w.startsWith("--")) {
                int eq = w.indexOf('=');
                String key = eq < 0 ? w.substring(2) : w.substring(2, eq);
                if (key.isEmpty()) {
                    throw new UsageException("empty flag name in \"" + w + "\"");
                }
                if (flags.containsKey(key)) {
                    throw new UsageException("flag --" + key + " given twice");
                }
                flags.put(key, eq < 0 ? "true" : w.substring(eq + 1));
            } else {
                pos.add(w);
            }
        }
        return new CliArgs(List.copyOf(pos), flags);
    }

    public List<String> positional() {
        return positional;
    }

    public boolean has(String flag) {
        return flags.containsKey(flag);
    }

    /** Fails on any flag not in the allowed set (plus --help, handled by the dispatcher). */
    public void allowOnly(Set<String> allowed) throws UsageException {
        for (String f : flags.keySet()) {
            if (!allowed.contains(f) && !f.equals("help")) {
                throw new UsageException("unknown flag --" + f);
            }
        }
    }

    /** Fails when there are more positional words than {@code max}. */
    public void maxPositional(int max) throws UsageException {
        if (positional.size() > max) {
            throw new UsageException("unexpected argument \"" + positional.get(max) + "\"");
        }
    }

    public String string(String flag, String fallback) throws UsageException {
        String v = flags.get(flag);
        if (v == null) {
            return fallback;
        }
        if (v.isEmpty() || v.equals("true") && fallback != null && !fallback.equals("true")) {
            throw new UsageException("--" + flag + " needs a value, e.g. --" + flag + "=" + (fallback == null ? "..." : fallback));
        }
        return v;
    }

    public String required(String flag) throws UsageException {
        String v = flags.get(flag);
        if (v == null || v.isEmpty() || v.equals("true")) {
            throw new UsageException("--" + flag + " is required");
        }
        return v;
    }

    public Path path(String flag) throws UsageException {
        String v = string(flag, null);
        return v == null ? null : Path.of(v);
    }

    /**
     * A file the command will write: null when the flag is absent; its folder must exist and it
     * must not itself be a folder, so the run fails before any work, naming the flag.
     */
    public Path outputFile(String flag) throws UsageException {
        Path p = path(flag);
        if (p == null) {
            return null;
        }
        Path dir = p.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException("--" + flag + ": folder " + dir + " does not exist");
        }
        if (Files.isDirectory(p)) {
            throw new UsageException("--" + flag + ": " + p + " is a folder, not a file");
        }
        return p;
    }

    public double number(String flag, double fallback, double min, double max) throws UsageException {
        String v = flags.get(flag);
        if (v == null) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + flag + " must be a number, got \"" + v + "\"");
        }
        if (!Double.isFinite(d) || d < min || d > max) {
            throw new UsageException("--" + flag + " must be between " + fmt(min) + " and " + fmt(max) + ", got " + v);
        }
        return d;
    }

    public int integer(String flag, int fallback, int min, int max) throws UsageException {
        String v = flags.get(flag);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + flag + " must be a whole number, got \"" + v + "\"");
        }
        if (n < min || n > max) {
            throw new UsageException("--" + flag + " must be between " + min + " and " + max + ", got " + v);
        }
        return n;
    }

    public long longValue(String flag, long fallback) throws UsageException {
        String v = flags.get(flag);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + flag + " must be a whole number, got \"" + v + "\"");
        }
    }

    /** A comma-separated list of numbers, e.g. --stretch-at=1,300,1800. */
    public double[] numbers(String flag, double[] fallback, double min, double max) throws UsageException {
        String v = flags.get(flag);
        if (v == null) {
            return fallback;
        }
        String[] parts = v.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + flag + " must be numbers separated by commas, got \"" + v + "\"");
            }
            if (!Double.isFinite(out[i]) || out[i] < min || out[i] > max) {
                throw new UsageException("--" + flag + " values must be between " + fmt(min) + " and " + fmt(max) + ", got " + parts[i]);
            }
        }
        return out;
    }

    /** One of a fixed set of words. */
    public String choice(String flag, String fallback, Set<String> allowed) throws UsageException {
        String v = string(flag, fallback);
        if (!allowed.contains(v)) {
            throw new UsageException("--" + flag + " must be one of " + String.join(", ", new TreeSet<>(allowed)) + ", got \"" + v + "\"");
        }
        return v;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
