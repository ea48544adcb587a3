package org.parley.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields of an entity that its revisions record, each by name with its value as text and a
 * way to copy it from another instance. The revision log diffs two snapshots; a dataset reload
 * merges field by field (see DatasetImport), copying only the fields the file may change.
 */
public final class Fields<E> {

    private record Field<E>(Function<E, Object> get, BiConsumer<E, E> copy) {
    }

    private final Map<String, Field<E>> fields = new LinkedHashMap<>();

    /** Adds a field read by {@code get} and copied by {@code copy(to, from)}. */
    public Fields<E> add(String name, Function<E, Object> get, BiConsumer<E, E> copy) {
        fields.put(name, new Field<>(get, copy));
        return this;
    }

    /** Every field's value as text (null stays null), in declaration order. */
    public Map<String, String> snapshot(E entity) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, f) -> values.put(name, text(f.get().apply(entity))));
        return values;
    }

    public java.util.Set<String> names() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    /** Sets field {@code name} of {@code to} to its value in {@code from}. */
    public void copy(String name, E to, E from) {
        fields.get(name).copy().accept(to, from);
    }

    /** The fields whose text differs: name to {before, after}, in the order of {@code after}'s keys then {@code before}'s. */
    public static Map<String, String[]> diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String[]> changed = new LinkedHashMap<>();
        after.forEach((name, value) -> {
            String old = before.get(name);
            if (!Objects.equals(old, value)) {
                changed.put(name, new String[] {old, value});
            }
        });
        before.forEach((name, old) -> {
            if (!after.containsKey(name) && old != null) {
                changed.put(name, new String[] {old, null});
            }
        });
        return changed;
    }

    /** A partial date as written with its precision, basis and note; anything else by toString. */
    public static String text(Object value) {
        if (value instanceof PartialDate d) {
            return d.text() + " " + d.precision + " " + d.basis + (d.note == null ? "" : " (" + d.note + ")");
        }
        return value == null ? null : value.toString();
    }

    /** A reference to another row as its global ID, or null. */
    public static String ref(String type, Long id) {
        return id == null ? null : NodeId.of(type, id);
    }
}
