package org.crepituslab.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.crepituslab.quiz.bank.BankLoader;
import org.crepituslab.quiz.bank.LoadResult;
import org.junit.jupiter.api.Test;

/** The built-in bank follows the app's language: Spanish when the app speaks Spanish, else English. */
class BuiltinLanguageTest {
    @Test
    void spanishGivesTheSpanishBankWithTheSameIds() {
        LoadResult es = BankLoader.loadBuiltin(Locale.forLanguageTag("es-ES"));
        LoadResult en = BankLoader.loadBuiltin(Locale.ENGLISH);
        assertTrue(es.ok() && en.ok());
        assertEquals("es", es.source().bank().language());
        assertEquals("en", en.source().bank().language());
        assertEquals(en.source().bank().questions().stream().map(q -> q.info().id()).toList(),
                es.source().bank().questions().stream().map(q -> q.info().id()).toList());
    }

    @Test
    void aLanguageWithoutATranslationGivesEnglish() {
        assertEquals("en", BankLoader.loadBuiltin(Locale.GERMAN).source().bank().language());
    }
}
