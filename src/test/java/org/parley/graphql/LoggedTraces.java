package org.parley.graphql;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the application logged with a stack trace (or at SEVERE) while a piece of test code ran:
 * a client's mistake must produce a coded answer, never a logged trace.
 */
public final class LoggedTraces {

    private LoggedTraces() {
    }

    /** Runs the code and returns "logger: message (exception)" for each record with a throwable or at SEVERE. */
    public static List<String> during(Runnable code) {
        List<String> traces = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // Vert.x's blocked-thread warning carries a stack trace too; it speaks of a busy machine, not of the request
                boolean machineTooBusy = "io.vertx.core.impl.BlockedThreadChecker".equals(record.getLoggerName());
                if (!machineTooBusy && (record.getThrown() != null || record.getLevel().intValue() >= Level.SEVERE.intValue())) {
                    traces.add(record.getLoggerName() + ": " + record.getMessage() + " (" + record.getThrown() + ")");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            code.run();
        } finally {
            root.removeHandler(handler);
        }
        return traces;
    }
}
