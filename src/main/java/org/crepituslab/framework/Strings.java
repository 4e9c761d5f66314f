package org.crepituslab.framework;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.crepituslab.framework.contract.Declarations;

/**
 * All user-visible text. Each screen package keeps its own {@code messages.properties} beside its
 * classes so adding a screen touches no shared text file; they are all searched in order.
 */
public final class Strings {
    private static final Logger LOG = Logger.getLogger(Strings.class.getName());

    /** The app's own bundle (navigation, preferences, shared words); screens add theirs. */
    public static final String CORE_BUNDLE = "org.crepituslab.messages";

    /**
     * The long-string pseudo-locale: every text ~40 % longer with accented letters, so a test (or
     * a translator) can find labels that would clip in a longer language.
     */
    public static final Locale PSEUDO = Locale.forLanguageTag("en-XA");

    private static volatile Locale locale = Locale.getDefault();
    private static volatile int loadedVersion = Declarations.version();
    private static volatile List<ResourceBundle> bundles = load(locale);

    private Strings() {
    }

    public static synchronized void setLocale(Locale newLocale) {
        locale = newLocale;
        bundles = load(newLocale);
    }

    /**
     * Bundle base names in search order: the core bundle, then each installed screen's (derived
     * from the screen list, so a new screen's strings need no edit here). A missing bundle is skipped.
     */
    public static List<String> bundleNames() {
        List<String> names = new ArrayList<>();
        names.add(CORE_BUNDLE);
        Declarations.bundles().stream().filter(b -> !names.contains(b)).forEach(names::add);
        return names;
    }

    /** The loaded bundles, reloaded when the installed screens change. */
    private static List<ResourceBundle> bundles() {
        if (loadedVersion != Declarations.version()) {
            synchronized (Strings.class) {
                loadedVersion = Declarations.version();
                bundles = load(locale);
            }
        }
        return bundles;
    }

    public static Locale locale() {
        return locale;
    }

    private static List<ResourceBundle> load(Locale loc) {
        List<ResourceBundle> result = new ArrayList<>();
        for (String base : bundleNames()) {
            try {
                result.add(ResourceBundle.getBundle(base, loc, Strings.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException absent) {
                // a screen that has no strings yet
            }
        }
        return List.copyOf(result);
    }

    public static boolean has(String key) {
        for (ResourceBundle b : bundles()) {
            if (b.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** The text for a key; a missing key shows as !key! so it is noticed, and is logged. */
    public static String get(String key) {
        for (ResourceBundle b : bundles()) {
            if (b.containsKey(key)) {
                String text = b.getString(key);
                return PSEUDO.equals(locale) ? pseudo(text) : text;
            }
        }
        LOG.warning("missing string: " + key);
        return "!" + key + "!";
    }

    /** A {@link MessageFormat} pattern filled with arguments, formatted for the current locale. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** Lengthens and accents text, keeping MessageFormat placeholders such as {0} intact. */
    static String pseudo(String text) {
        StringBuilder sb = new StringBuilder("[");
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            sb.append(depth > 0 || c == '}' ? c : accent(c));
        }
        int pad = Math.max(1, text.length() * 2 / 5);
        sb.append(' ');
        for (int i = 0; i < pad; i++) {
            sb.append(i % 4 == 3 ? ' ' : '\u00b7');
        }
        return sb.append(']').toString();
    }

    private static char accent(char c) {
        return switch (c) {
            case 'a' -> '\u00e5';
            case 'e' -> '\u00e9';
            case 'i' -> '\u00ee';
            case 'o' -> '\u00f6';
            case 'u' -> '\u00fc';
            case 'A' -> '\u00c5';
            case 'E' -> '\u00c9';
            case 'O' -> '\u00d6';
            default -> c;
        };
    }

    /** Every key of every bundle, for tests that compare locales. */
    public static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        for (ResourceBundle b : bundles()) {
            keys.addAll(b.keySet());
        }
        return keys;
    }
}
