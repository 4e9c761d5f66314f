package org.crepituslab.framework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvNumbersTest {
    @Test
    void roundsToSignificantDigitsInTheShortestForm() {
        assertEquals("0", CsvNumbers.format(0, 6));
        assertEquals("8.9E-5", CsvNumbers.format(8.9e-5, 6));
        assertEquals("9.0E-5", CsvNumbers.format(8.999999999999999E-5, 6));
        assertEquals("1801", CsvNumbers.format(1801, 12));
        assertEquals("1801.2088", CsvNumbers.format(1801.20880000001, 12));
        assertEquals("0.5", CsvNumbers.format(0.5, 6));
        assertEquals("-59.5971", CsvNumbers.format(-59.59713, 6));
        assertEquals("0.0012", CsvNumbers.format(1.2e-3, 10));
        assertEquals("123457", CsvNumbers.format(123456.7, 6));
        assertEquals("1.23457E7", CsvNumbers.format(12345678, 6));
        assertEquals("NaN", CsvNumbers.format(Double.NaN, 6));
        assertEquals(0.000123456789, Double.parseDouble(CsvNumbers.format(0.000123456789, 10)), 0);
    }
}
