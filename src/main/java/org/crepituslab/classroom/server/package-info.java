/**
 * The embedded web server of a class session (Javalin on Jetty): the student page and exactly the
 * HTTP contract's endpoints, JSON in and out, a stream of question changes, request bodies of at
 * most 4 KB, per-client rate limits, a Content-Security-Policy that allows only this server's own
 * files, and teacher endpoints that answer only the teacher's own machine.
 */
package org.crepituslab.classroom.server;
