package org.parley.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.NodeId;
import org.parley.core.PartialDate;
import org.parley.meeting.Attendance;
import org.parley.meeting.Meeting;
import org.parley.meeting.ParticipantRole;
import org.parley.person.Organization;
import org.parley.person.OrganizationKind;
import org.parley.person.Person;
import org.parley.position.Position;

/**
 * The lines of {@code /export/plover.ndjson}: one PLOVER event record per position, then one per
 * meeting, with PLOVER's field names (event_type, mode, context, quad_code, actor, recipient,
 * event_text, cite_info, coder, comment) and Parley's own facts in fields prefixed {@code parley_}.
 */
final class PloverLines {

    private static final String CODER = "Parley curators (human-coded facts; PLOVER type from the fact's kind)";

    private PloverLines() {
    }

    static List<Map<String, Object>> positions(PositionBatch batch) {
        List<Map<String, Object>> lines = new ArrayList<>(batch.positions.size());
        for (Position p : batch.positions) {
            List<Map<String, Object>> actor = new ArrayList<>();
            Person holder = batch.actors.person(p.holderId);
            Organization organization = batch.actors.organization(p.organizationId);
            if (holder != null) {
                actor.add(person(batch.actors, holder, organization));
            } else if (organization != null) {
                actor.add(organization(batch.actors, organization));
            } else if (p.attributedTo != null) {
                actor.add(Map.of("entity_text", p.attributedTo));
            }
            List<Map<String, Object>> recipient = new ArrayList<>();
            Person addresseePerson = batch.actors.person(p.addresseePersonId);
            Organization addresseeOrganization = batch.actors.organization(p.addresseeOrganizationId);
            if (addresseePerson != null) {
                recipient.add(person(batch.actors, addresseePerson, null));
            } else if (addresseeOrganization != null) {
                recipient.add(organization(batch.actors, addresseeOrganization));
            }
            Map<String, Object> line = record(NodeId.of(Position.TYPE, p.id), Position.TYPE, PloverCode.of(p.kind), actor,
                    recipient, p.date, batch.evidence(p));
            line.put("parley_kind", p.kind.name());
            line.put("parley_status", p.status == null ? null : p.status.name());
            line.put("parley_attribution", p.attribution == null ? null : p.attribution.name());
            line.put("parley_summary", p.summary);
            Meeting meeting = batch.meeting(p.meetingId);
            line.put("parley_meeting", meeting == null ? null : NodeId.of(Meeting.TYPE, meeting.id));
            line.put("parley_retracted", p.isRetracted());
            lines.add(line);
        }
        return lines;
    }

    static List<Map<String, Object>> meetings(MeetingBatch batch) {
        List<Map<String, Object>> lines = new ArrayList<>(batch.meetings.size());
        for (Meeting m : batch.meetings) {
            PloverCode code = PloverCode.of(m);
            List<Attendance> participants = batch.participants(m);
            boolean visit = "visit".equals(code.mode()) && participants.stream().anyMatch(a -> a.role == ParticipantRole.HOST)
                    && participants.stream().anyMatch(a -> a.role == ParticipantRole.GUEST);
            if ("visit".equals(code.mode()) && !visit) {
                // without a recorded host and guest there is no visitor to put first: plain CONSULT, all as actors
                code = new PloverCode(code.eventType(), null, null);
            }
            List<Map<String, Object>> actor = new ArrayList<>();
            List<Map<String, Object>> recipient = new ArrayList<>();
            for (Attendance a : participants) {
                Person person = batch.actors.person(a.personId);
                Organization organization = batch.actors.organization(a.organizationId);
                Map<String, Object> entity = person != null ? person(batch.actors, person, organization)
                        : organization != null ? organization(batch.actors, organization) : null;
                if (entity == null) {
                    continue;
                }
                // PLOVER's visit: the visitor is the actor, the host the recipient; otherwise everyone is an actor
                (visit && a.role == ParticipantRole.HOST ? recipient : actor).add(entity);
            }
            List<Quote> evidence = new ArrayList<>(batch.evidence(m));
            participants.forEach(a -> evidence.addAll(batch.evidence(a)));
            evidence.sort((x, y) -> Long.compare(x.id(), y.id()));
            Map<String, Object> line = record(NodeId.of(Meeting.TYPE, m.id), Meeting.TYPE, code, actor, recipient, m.date, evidence);
            line.put("parley_kind", m.kind == null ? null : m.kind.name());
            line.put("parley_status", m.status == null ? null : m.status.name());
            line.put("parley_title", m.title);
            line.put("parley_location", m.location);
            line.put("parley_retracted", m.isRetracted());
            lines.add(line);
        }
        return lines;
    }

    /**
     * The PLOVER fields of one record. The date: PLOVER's {@code date} is a full day, so it is
     * written only when the day is known; {@code event_date} is always the date at its precision
     * (as the GraphQL API writes it) and {@code event_date_start}/{@code event_date_end} bound it.
     * {@code cite_info} names the article of the first piece of evidence; all of them, with
     * offsets, are in {@code parley_evidence}.
     */
    private static Map<String, Object> record(String id, String type, PloverCode code, List<Map<String, Object>> actor,
            List<Map<String, Object>> recipient, PartialDate date, List<Quote> evidence) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("parley_type", type);
        line.put("has_event", code.hasEvent());
        line.put("event_type", code.eventType());
        line.put("mode", code.mode());
        line.put("context", List.of());
        line.put("quad_code", code.quadCode());
        line.put("actor", actor);
        line.put("recipient", recipient);
        Map<String, Object> when = ProvenanceLines.date(date);
        if (when != null && "DAY".equals(when.get("precision"))) {
            line.put("date", when.get("value"));
        }
        line.put("event_date", when == null ? null : when.get("value"));
        line.put("event_date_start", when == null ? null : when.get("start"));
        line.put("event_date_end", when == null ? null : when.get("end"));
        line.put("event_date_precision", when == null ? null : when.get("precision"));
        line.put("event_date_basis", when == null ? null : when.get("basis"));
        line.put("event_text", evidence.stream().map(Quote::quote).toList());
        line.put("cite_info", evidence.isEmpty() ? null : citeInfo(evidence.get(0)));
        line.put("coder", CODER);
        line.put("comment", code.comment());
        line.put("parley_evidence", evidence.stream().map(Quote::line).toList());
        return line;
    }

    private static Map<String, Object> citeInfo(Quote q) {
        Map<String, Object> cite = new LinkedHashMap<>();
        cite.put("corpus", "Parley");
        cite.put("citation", q.articleKey() != null ? q.articleKey() : NodeId.of(org.parley.source.Article.TYPE, q.articleId()));
        cite.put("url", null);
        cite.put("title", q.title());
        cite.put("language", q.language());
        cite.put("publication", q.outlet());
        cite.put("published", q.published());
        cite.put("codebook", PloverCode.CODEBOOK);
        return cite;
    }

    /**
     * A person as a PLOVER entity: entity_text, identifier_id (Wikidata), country when they act for
     * a state, and the organization they act for.
     */
    private static Map<String, Object> person(Actors actors, Person person, Organization onBehalfOf) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("entity_text", person.name);
        entity.put("identifier_id", actors.wikidata(person));
        entity.put("parley_id", NodeId.of(Person.TYPE, person.id));
        if (onBehalfOf != null) {
            if (onBehalfOf.kind == OrganizationKind.STATE) {
                entity.put("country", onBehalfOf.name);
            }
            entity.put("parley_organization", organization(actors, onBehalfOf));
        }
        return entity;
    }

    private static Map<String, Object> organization(Actors actors, Organization organization) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("entity_text", organization.name);
        entity.put("identifier_id", actors.wikidata(organization));
        entity.put("parley_id", NodeId.of(Organization.TYPE, organization.id));
        if (organization.kind == OrganizationKind.STATE) {
            entity.put("country", organization.name);
        }
        return entity;
    }
}
