/**
 * The Learn page: sections, the checklist and the notices, drawn from the model.
 */
package org.crepituslab.learn.view;
