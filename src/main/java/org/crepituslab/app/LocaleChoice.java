package org.crepituslab.app;

import java.util.Locale;

/** The locale from the language preference: a tag, or empty for the system locale. */
public final class LocaleChoice {
    private LocaleChoice() {
    }

    public static Locale resolve(String tag) {
        if (tag == null || tag.isBlank()) {
            return Locale.getDefault();
        }
        return Locale.forLanguageTag(tag);
    }
}
