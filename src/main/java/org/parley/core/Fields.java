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

    private record Field<E>(Function<E, Object> get, BiConsumer<E, E> copy, BiConsumer<E, String> parse) {
    }

    private final Map<String, Field<E>> fields = new LinkedHashMap<>();

    /** Adds a field read by {@code get} and copied by {@code copy(to, from)}. */
    public Fields<E> add(String name, Function<E, Object> get, BiConsumer<E, E> copy) {
        return add(name, get, copy, null);
    }

    /** A field that can also be set back from its text ({@link #set}), so a past state can be rebuilt. */
    public Fields<E> add(String name, Function<E, Object> get, BiConsumer<E, E> copy, BiConsumer<E, String> parse) {
        fields.put(name, new Field<>(get, copy, parse));
        return this;
    }

    /** Sets field {@code name} of {@code to} from its text; false when there is no such field or it cannot be set from text. */
    public boolean set(String name, E to, String text) {
        Field<E> f = fields.get(name);
        if (f == null || f.parse() == null) {
            return false;
        }
        f.parse().accept(to, text);
        return true;
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

    /** The row id inside a global ID written by {@link #ref}, or null. */
    public static Long id(String ref) {
        return ref == null ? null : NodeId.parse(ref, "asOf").id();
    }

    /** A partial date from its text as {@link #text} writes it, or null. */
    public static PartialDate date(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(" ", 4);
        String note = parts.length < 4 ? null : parts[3].substring(1, parts[3].length() - 1);
        return PartialDate.parse(parts[0], DatePrecision.valueOf(parts[1]), DateBasis.valueOf(parts[2]), note);
    }

    /** An enum constant from its name, or null. */
    public static <T extends Enum<T>> T constant(Class<T> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A reference to another row as its global ID, or null. */
    public static String ref(String type, Long id) {
        return id == null ? null : NodeId.of(type, id);
    }
}
