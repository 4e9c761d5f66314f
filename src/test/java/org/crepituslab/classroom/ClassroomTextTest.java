package org.crepituslab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every class-mode text exists in English and Spanish, and the student page gets the session's language. */
class ClassroomTextTest {
    @Test
    void spanishHasEveryKeyOfEnglishAndTranslatesThem() {
        ResourceBundle en = ResourceBundle.getBundle(ClassroomText.BUNDLE, Locale.ROOT);
        ResourceBundle es = ResourceBundle.getBundle(ClassroomText.BUNDLE, Locale.forLanguageTag("es"));
        assertEquals(en.keySet(), es.keySet());
        for (String k : en.keySet()) {
            if (!k.equals("class.podium.entry")) {
                assertNotEquals(en.getString(k), es.getString(k), k + " is not translated");
            }
        }
    }

    @Test
    void thePageWordsFollowTheSessionLanguage() {
        ClassroomText es = ClassroomText.of(Locale.forLanguageTag("es-ES"));
        assertEquals("es", es.language());
        assertEquals("Únete a la clase", es.pageWords().get("heading"));
        ClassroomText other = ClassroomText.of(Locale.forLanguageTag("de"));
        assertEquals("en", other.language(), "no German: English");
        assertFalse(other.format("class.students", 3).startsWith("!"));
        assertEquals("3 students joined", ClassroomText.of(Locale.ENGLISH).format("class.students", 3));
        assertEquals("1 student joined", ClassroomText.of(Locale.ENGLISH).format("class.students", 1));
    }
}
