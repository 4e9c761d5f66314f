/**
 * Learn: harmless or warning sign? The content in the app's own words and an interactive checklist; its declaration and contract.
 */
package org.crepituslab.learn;
