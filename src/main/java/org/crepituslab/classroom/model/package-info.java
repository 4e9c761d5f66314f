/**
 * The state of one class session: join code, students and their tokens, the questions as students
 * see them (never with their keys), answers, reveal and results. Thread-safe, no toolkit: the web
 * server's threads and the projector both read it.
 */
package org.crepituslab.classroom.model;
