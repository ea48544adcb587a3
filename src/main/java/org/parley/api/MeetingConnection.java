package org.parley.api;

import org.parley.core.Cursor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.core.Slice;

@Description("A page of meetings. " + PageInfo.VALUE_TYPE_PAGE)
public class MeetingConnection extends Connection<MeetingType, MeetingConnection.MeetingEdge> {

    public MeetingConnection(Slice<MeetingType> slice) {
        super(slice, MeetingEdge::new);
    }

    @Description("A meeting with its cursor. " + PageInfo.VALUE_TYPE_PAGE)
    public record MeetingEdge(
            @NonNull @Description("Cursor of this meeting, for `after` or `before`.") String cursor,
            @NonNull @Description("The meeting.") MeetingType node) {
    }
}
