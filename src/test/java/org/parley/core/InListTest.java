package org.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** In-lists are written with a few fixed numbers of parameters, so Hibernate can keep their translation. */
class InListTest {

    @Test
    void listsArePaddedToThePowerOfTwoAboveByRepeatingTheLastValue() {
        InList three = InList.of("ids", List.of(7L, 8L, 9L));
        assertEquals("(:ids0, :ids1, :ids2, :ids3)", three.hql());
        assertEquals(Map.of("ids0", 7L, "ids1", 8L, "ids2", 9L, "ids3", 9L), three.params());
        assertEquals("(:ids0, :ids1, :ids2, :ids3)", InList.of("ids", List.of(1L, 2L, 3L, 4L)).hql());
        assertEquals(8, InList.of("ids", List.of(1L, 2L, 3L, 4L, 5L)).params().size());
    }

    @Test
    void oneValueStillTakesTwoParametersSoNoneCanStandForACollection() {
        InList one = InList.of("people", List.of(5L));
        assertEquals("(:people0, :people1)", one.hql());
        assertEquals(Map.of("people0", 5L, "people1", 5L), one.params());
    }

    @Test
    void everyValueIsBoundAndNothingElse() {
        List<Long> values = LongStream.rangeClosed(1, 100).boxed().toList();
        InList in = InList.of("ids", values);
        Map<String, Object> params = in.params();
        assertEquals(128, params.size());
        assertEquals(new HashSet<>(values), new HashSet<>(params.values()));
        assertEquals(128, in.hql().split(",").length);
    }

    @Test
    void anEmptyListMatchesNothingAndALongOneIsOneCollectionParameter() {
        InList empty = InList.of("ids", List.of());
        assertEquals("(:ids0, :ids1)", empty.hql());
        assertNull(empty.params().get("ids0"));
        List<Long> many = new ArrayList<>(LongStream.rangeClosed(1, InList.MAX_PADDED + 1).boxed().toList());
        InList large = InList.of("ids", many);
        assertEquals(":ids", large.hql());
        assertEquals(Map.of("ids", many), large.params());
    }
}
