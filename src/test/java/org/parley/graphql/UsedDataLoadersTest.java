package org.parley.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

/** A request dispatches the data loaders it used, and only those; each keeps its batching. */
class UsedDataLoadersTest {

    @Test
    void onlyTheLoadersARequestAskedForAreDispatchedAndTheyStillBatch() {
        AtomicInteger participantBatches = new AtomicInteger();
        AtomicInteger unusedBatches = new AtomicInteger();
        DataLoaderRegistry all = new DataLoaderRegistry();
        all.register("participants", DataLoaderFactory.newDataLoader(counting(participantBatches)));
        all.register("unused", DataLoaderFactory.newDataLoader(counting(unusedBatches)));
        ExecutionInput input = ExecutionInput.newExecutionInput("{ __typename }").dataLoaderRegistry(all).build();

        DataLoaderRegistry registry = new UsedDataLoaders.Install(null).instrumentExecutionInput(input, null, null)
                .getDataLoaderRegistry();
        assertEquals(all.getKeys(), registry.getKeys(), "every loader can still be asked for");
        DataLoader<Integer, Integer> participants = registry.getDataLoader("participants");
        assertSame(all.getDataLoader("participants"), participants);
        CompletableFuture<Integer> one = participants.load(1);
        CompletableFuture<Integer> two = participants.load(2);
        all.getDataLoader("unused").load(3); // queued, but this request never asked the registry for it
        assertEquals(2, registry.dispatchDepth(), "the keys queued on used loaders only");

        registry.dispatchAll();
        assertEquals(List.of(10, 20), List.of(one.join(), two.join()));
        assertEquals(1, participantBatches.get(), "two keys, one batch");
        assertEquals(0, unusedBatches.get());
        assertEquals(0, registry.dispatchDepth());
    }

    /**
     * SmallRye's model gives up its batch fields once; GraphQL built again from the same model finds
     * the same fields, not none (which would leave every batch field without a loader).
     */
    @Test
    void batchFieldsAreTakenFromTheModelOnceAndFoundAgain() {
        Schema model = new Schema();
        Type meeting = new Type("org.example.Meeting", "Meeting", null);
        Operation participants = new Operation();
        participants.setName("participants");
        Reference source = new Reference();
        source.setName("Meeting");
        participants.setSourceFieldOn(source);
        meeting.addBatchOperation(participants);
        model.addType(meeting);

        UsedDataLoaders.BatchFields taken = UsedDataLoaders.BatchFields.takeFrom(model);
        assertEquals(1, taken.size());
        assertTrue(model.getBatchOperations().isEmpty(), "SmallRye would still build a loader per request");
        assertSame(taken, UsedDataLoaders.BatchFields.takeFrom(model));
        assertNull(taken.newLoader("Meeting_unknown"), "a name that is no batch field has no loader");
    }

    private static BatchLoader<Integer, Integer> counting(AtomicInteger batches) {
        return keys -> {
            batches.incrementAndGet();
            return CompletableFuture.completedFuture(keys.stream().map(k -> k * 10).toList());
        };
    }
}
