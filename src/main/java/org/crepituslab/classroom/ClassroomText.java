package org.crepituslab.classroom;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.crepituslab.classroom.model.QuestionWords;

/**
 * Class mode's words in one language: the projector's, and the student page's (keys starting with
 * "page."), which are sent in the language the session was started in. Class mode is not a screen,
 * so its bundle is read here rather than through the screens' list.
 */
public final class ClassroomText {
    public static final String BUNDLE = "org.crepituslab.classroom.messages";
    private static final String PAGE = "page.";
    private final ResourceBundle bundle;
    private final Locale locale;

    private ClassroomText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static ClassroomText of(Locale locale) {
        return new ClassroomText(ResourceBundle.getBundle(BUNDLE, locale, ClassroomText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag of the words actually found ("en" when the locale has no translation). */
    public String language() {
        String l = bundle.getLocale().getLanguage();
        return l.isEmpty() ? "en" : l;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** The words class questions need (true/false options, a simulation task's follow-up question). */
    public QuestionWords questionWords() {
        return new QuestionWords(get("class.true"), get("class.false"), get("class.followUp"));
    }

    /** The student page's words, without the "page." prefix. */
    public Map<String, String> pageWords() {
        Map<String, String> m = new LinkedHashMap<>();
        bundle.keySet().stream().filter(k -> k.startsWith(PAGE)).sorted()
                .forEach(k -> m.put(k.substring(PAGE.length()), bundle.getString(k)));
        return m;
    }
}
