package org.parley.dataset;

/**
 * Where a dataset record or one of its parts is: the file (relative to the dataset root), the
 * JSON path inside it, and the record's key. Printed as
 * {@code facts/a000-starmer-washington.json $.positions[1].evidence[0] "trump-accepts-state-visit"}.
 */
record Where(String file, String path, String key) {

    /** A part of this record: {@code at(".evidence[0]")}. */
    Where at(String segment) {
        return new Where(file, path + segment, key);
    }

    @Override
    public String toString() {
        return (file == null ? "" : file + " ") + path + (key == null ? "" : " \"" + key + "\"");
    }
}
