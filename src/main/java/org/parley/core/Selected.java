package org.parley.core;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.HashSet;
import java.util.Set;

/**
 * The fields a query selects below the one being resolved, by qualified name
 * ({@code "meeting/participants/person"}), read once. {@link DataFetchingFieldSelectionSet#contains}
 * turns its argument into a glob, a regular expression, on every call: a few per request were
 * ~1% of the CPU of a page of meetings.
 */
public final class Selected {

    private static final Selected EVERYTHING = new Selected(null);

    private final Set<String> names;

    private Selected(Set<String> names) {
        this.names = names;
    }

    /** The selection; with none (a call from outside GraphQL), everything counts as selected. */
    public static Selected of(DataFetchingFieldSelectionSet selection) {
        if (selection == null) {
            return EVERYTHING;
        }
        Set<String> names = new HashSet<>();
        for (SelectedField field : selection.getFields()) {
            names.add(field.getQualifiedName());
        }
        return new Selected(names);
    }

    /** Whether the field at this path (names joined by '/') is selected, under any alias. */
    public boolean has(String qualifiedName) {
        return names == null || names.contains(qualifiedName);
    }
}
