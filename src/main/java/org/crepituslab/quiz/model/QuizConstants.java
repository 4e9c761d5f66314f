package org.crepituslab.quiz.model;

/** Every number the quiz depends on, each with its source or the reason for its value. */
public final class QuizConstants {
    /** The quiz screen's id, for "back to the quiz" links from other screens. */
    public static final String SCREEN_ID = "quiz";

    /** The bank format's schema version written by this app (QUESTION-BANKS.md); version 1 is still read. */
    public static final int SCHEMA_VERSION = 2;
    /** The oldest schema version read: version 1 banks load unchanged. */
    public static final int MIN_SCHEMA_VERSION = 1;
    /** Gaps in one cloze text: enough for a paragraph, few enough to fit a screen. */
    public static final int MAX_CLOZE_GAPS = 20;
    /** Files over 10 MB are refused (issue 6: limits against bad input). */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** At most 5 000 questions per bank: far above any course, low enough to load at once. */
    public static final int MAX_QUESTIONS = 5000;
    /** Prompt and choice lengths: a page of text, a long sentence. */
    public static final int MAX_PROMPT_CHARS = 5000;
    public static final int MAX_CHOICE_CHARS = 1000;
    /** Choices per question: 2–8 (BANK-FORMAT.md). */
    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 8;
    /** An ordering needs at least 3 items, else it is a true/false in disguise (BANK-FORMAT.md). */
    public static final int MIN_ORDER_ITEMS = 3;
    /** A matching needs at least 2 pairs (BANK-FORMAT.md). */
    public static final int MIN_PAIRS = 2;
    /** Difficulty: 1 easy, 2 medium, 3 hard (BANK-FORMAT.md). */
    public static final int MIN_DIFFICULTY = 1;
    public static final int MAX_DIFFICULTY = 3;
    /** Default share of the score needed to pass when a bank does not say. */
    public static final double DEFAULT_PASS_MARK = 0.7;
    /** Questions per quiz offered first: long enough to cover a topic, short enough for one sitting. */
    public static final int DEFAULT_QUESTION_COUNT = 10;

    /**
     * Numeric answers: a relative slack of 1e-9 so an answer typed exactly at the tolerance edge
     * (20 ± 5 → 25) counts despite binary rounding (25 − 20 may not be exactly 5.0 for decimals).
     */
    public static final double NUMERIC_RELATIVE_SLACK = 1e-9;

    /** SM-2 (Wozniak 1990): every card starts with an easiness factor of 2.5 ... */
    public static final double SM2_INITIAL_EASINESS = 2.5;
    /** ... which never drops below 1.3, so hard cards still grow their interval. */
    public static final double SM2_MIN_EASINESS = 1.3;
    /** SM-2's first two intervals after a correct answer: 1 day, then 6 days. */
    public static final double SM2_FIRST_INTERVAL_DAYS = 1;
    public static final double SM2_SECOND_INTERVAL_DAYS = 6;
    /** A missed card is due again after 10 minutes (Anki's default first learning step), not 1 day. */
    public static final long RELEARN_DELAY_MILLIS = 10 * 60 * 1000L;
    /** In a practice session a missed question comes back after this many other questions. */
    public static final int PRACTICE_REQUEUE_GAP = 3;
    /** ... at most this many extra times per session, so one hard question cannot loop forever. */
    public static final int PRACTICE_MAX_REPEATS = 2;

    public static final long MILLIS_PER_DAY = 24L * 60 * 60 * 1000;

    private QuizConstants() {
    }
}
