package org.parley.dataset;

/** The dataset file cannot be loaded; the message names the offending record. */
public class DatasetException extends RuntimeException {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
