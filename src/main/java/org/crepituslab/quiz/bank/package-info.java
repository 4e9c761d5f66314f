/**
 * Question banks in and out: JSON loading with every problem located (file:line:column), checks against the screens' typed contracts, GIFT import and export.
 */
package org.crepituslab.quiz.bank;
