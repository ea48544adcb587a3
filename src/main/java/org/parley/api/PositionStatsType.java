package org.parley.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.position.PositionStats;

/** The GraphQL type {@code PositionStats}: the answer of `positionStats`. */
@Type("PositionStats")
@Name("PositionStats")
@Description("Counts of positions per group. Value type (no `id`): it exists only as the answer to its query.")
public class PositionStatsType {

    private final PositionStats.Groups result;

    public PositionStatsType(PositionStats.Groups groups) {
        this.result = groups;
    }

    @NonNull
    @Description("The groups, largest first; groups of the same size in the order of their keys (as `groupBy` lists them; names alphabetically, months and years ascending, null keys last). At most `first` of them.")
    public List<@NonNull PositionGroupType> getGroups() {
        return result.groups().stream().map(PositionGroupType::new).toList();
    }

    @NonNull
    @Description("Whether there are more groups than `first`: ask with a larger `first` (at most 100) or a narrower filter.")
    public boolean isHasMoreGroups() {
        return result.hasMore();
    }
}
