package org.crepituslab.learn.model;

/** How much a ticked item should worry someone, in increasing order (the seeds' three levels). */
public enum Concern {
    /** Normal mechanical noise: painless, does not restrict movement. */
    BENIGN,
    /** A warning sign: see a healthcare professional. */
    WARNING,
    /** Loss of bowel or bladder control with back pain or numbness: a medical emergency. */
    EMERGENCY
}
