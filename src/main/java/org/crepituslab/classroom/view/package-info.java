/**
 * The projector window of a class session: the join address with its QR code and the code, the
 * question, the live count and a timer, then the histogram of answers, the right answer and its
 * explanation, a "show me" link into the simulation, and the podium when the teacher wants one.
 * Everything a student typed is shown as plain text.
 */
package org.crepituslab.classroom.view;
