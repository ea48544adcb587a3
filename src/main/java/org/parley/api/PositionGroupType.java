package org.parley.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.position.CommitmentStatus;
import org.parley.position.PositionKind;
import org.parley.position.PositionStats;

/** The GraphQL type {@code PositionGroup}. */
@Type("PositionGroup")
@Name("PositionGroup")
@Description("One group of positions: its keys and how many positions it holds. Only the keys named in `groupBy` are set; a key that is null there means the positions of the group have none (no holder, no topic, a date period longer than a month ...). Value type (no `id`): a group is defined by its query.")
public class PositionGroupType {

    private final PositionStats.Group group;

    PositionGroupType(PositionStats.Group group) {
        this.group = group;
    }

    @NonNull
    @Description("Number of positions in the group.")
    public int getCount() {
        return Math.toIntExact(group.count());
    }

    @Description("Key HOLDER: the person who took the positions.")
    public PersonType getHolder() {
        return group.holder() == null ? null : new PersonType(group.holder());
    }

    @Description("Key ORGANIZATION: on whose behalf the positions were taken.")
    public OrganizationType getOrganization() {
        return group.organization() == null ? null : new OrganizationType(group.organization());
    }

    @Description("Key KIND.")
    public PositionKind getKind() {
        return group.kind();
    }

    @Description("Key STATUS: what became of the commitments.")
    public CommitmentStatus getStatus() {
        return group.status();
    }

    @Description("Key TOPIC.")
    public TopicType getTopic() {
        return group.topic() == null ? null : new TopicType(group.topic());
    }

    @Description("Key YEAR, e.g. 2025.")
    public Integer getYear() {
        return group.year();
    }

    @Description("Key MONTH, `YYYY-MM` (\"2025-03\").")
    public String getMonth() {
        return group.month() == null ? null : group.month().toString();
    }
}
