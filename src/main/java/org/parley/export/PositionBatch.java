package org.parley.export;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.core.NodeId;
import org.parley.meeting.Meeting;
import org.parley.position.Position;
import org.parley.position.Topic;

/**
 * One keyset page of positions (ids after a given one, in id order) with everything both exports
 * write beside them, loaded in a fixed number of statements: the positions, then one each for
 * people, organizations, their Wikidata items, meetings, topics and evidence with its articles.
 */
final class PositionBatch {

    final List<Position> positions;
    final Actors actors;
    final Map<Long, List<Quote>> evidence;
    final boolean includeRetracted;
    private final Map<Long, Meeting> meetings;
    private final Map<Long, Topic> topics;

    private PositionBatch(List<Position> positions, Actors actors, Map<Long, Meeting> meetings, Map<Long, Topic> topics,
            Map<Long, List<Quote>> evidence, boolean includeRetracted) {
        this.positions = positions;
        this.actors = actors;
        this.meetings = meetings;
        this.topics = topics;
        this.evidence = evidence;
        this.includeRetracted = includeRetracted;
    }

    static PositionBatch after(long after, ExportOptions options, int size) {
        List<Position> positions = Position.<Position> find("id > ?1" + (options.includeRetracted() ? "" : " and retractedAt is null")
                + " order by id", after).range(0, size - 1).list();
        Set<Long> people = new HashSet<>();
        Set<Long> organizations = new HashSet<>();
        Set<Long> meetingIds = new HashSet<>();
        Set<Long> topicIds = new HashSet<>();
        for (Position p : positions) {
            addIfPresent(people, p.holderId, p.addresseePersonId);
            addIfPresent(organizations, p.organizationId, p.addresseeOrganizationId);
            addIfPresent(meetingIds, p.meetingId, p.reactsToMeetingId);
            addIfPresent(topicIds, p.topicId);
        }
        List<Long> ids = positions.stream().map(p -> p.id).toList();
        Map<Long, List<Quote>> evidence = ids.isEmpty() ? Map.of()
                : Quote.where("e.positionId in :ids", Map.of("ids", ids)).stream()
                        .collect(Collectors.groupingBy(Quote::positionId, LinkedHashMap::new, Collectors.toList()));
        return new PositionBatch(positions, Actors.load(people, organizations),
                meetingIds.isEmpty() ? Map.of() : Actors.byId(Meeting.list("id in ?1", meetingIds), m -> m.id),
                topicIds.isEmpty() ? Map.of() : Actors.byId(Topic.byIds(topicIds), t -> t.id),
                evidence, options.includeRetracted());
    }

    List<Quote> evidence(Position p) {
        return evidence.getOrDefault(p.id, List.of());
    }

    /**
     * The meeting with this id, or null when there is none or it was retracted and retracted facts
     * are not exported (as the GraphQL API leaves a retracted meeting out).
     */
    Meeting meeting(Long id) {
        Meeting m = id == null ? null : meetings.get(id);
        return m == null || (m.isRetracted() && !includeRetracted) ? null : m;
    }

    /** {id, title, retracted} of a meeting a position was taken at or reacts to; null for none. */
    Map<String, Object> meetingLine(Long id) {
        Meeting m = meeting(id);
        if (m == null) {
            return null;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", NodeId.of(Meeting.TYPE, m.id));
        line.put("title", m.title);
        line.put("retracted", m.isRetracted());
        return line;
    }

    Topic topic(Long id) {
        return id == null ? null : topics.get(id);
    }

    static void addIfPresent(Set<Long> ids, Long... values) {
        for (Long v : values) {
            if (v != null) {
                ids.add(v);
            }
        }
    }
}
