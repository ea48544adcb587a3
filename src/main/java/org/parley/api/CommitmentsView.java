package org.parley.api;

import graphql.schema.DataFetchingFieldSelectionSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.Ahead;
import org.parley.core.Selected;
import org.parley.meeting.Meeting;
import org.parley.person.Person;
import org.parley.position.Position;
import org.parley.position.PositionKind;
import org.parley.source.Article;
import org.parley.source.Evidence;

/**
 * The headline question — a leader's commitments on a day, with holder, meeting, participants,
 * evidence and articles — read in at most two statements after the name lookup, whatever its
 * size: the selection set says which nested fields will be asked for, so they are joined into
 * the positions query and the participants query and handed to the field resolvers through
 * {@link Ahead}. Fields it does not fetch ahead are left to the ordinary batch resolvers.
 */
final class CommitmentsView {

    private CommitmentsView() {
    }

    static List<PositionType> read(Long holderId, LocalDate day, DataFetchingFieldSelectionSet selection) {
        Selected selected = Selected.of(selection);
        boolean holder = selected.has("holder");
        boolean meeting = selected.has("meeting");
        boolean evidence = selected.has("evidence");
        boolean article = selected.has("evidence/article");
        // the whole text only when asked for: 32 quotes of the busiest day are ~100 KB of article bodies
        boolean articleBody = selected.has("evidence/article/text");
        boolean participants = meeting && selected.has("meeting/participants");
        boolean participantPerson = participants && selected.has("meeting/participants/person");

        Map<Long, PositionType> positions = new LinkedHashMap<>();
        Map<Long, MeetingType> meetings = new LinkedHashMap<>();
        Map<Long, List<EvidenceType>> evidenceOf = new LinkedHashMap<>();
        for (Object[] row : Position.byHolderOnJoined(holderId, PositionKind.COMMITMENT, day, holder, meeting, evidence, article,
                articleBody)) {
            Position p = (Position) row[0];
            PositionType type = positions.get(p.id);
            if (type == null) {
                type = new PositionType(p);
                positions.put(p.id, type);
                if (holder) {
                    type.ahead().put("holder", row[1] == null ? null : new PersonType((Person) row[1]));
                }
                if (meeting) {
                    Meeting m = (Meeting) row[2];
                    type.ahead().put("meeting", m == null ? null : meetings.computeIfAbsent(m.id, id -> new MeetingType(m)));
                }
                if (evidence) {
                    List<EvidenceType> quotes = new ArrayList<>();
                    evidenceOf.put(p.id, quotes);
                    type.ahead().put("evidence", quotes);
                }
            }
            if (evidence && row[3] != null) {
                EvidenceType quote = new EvidenceType((Evidence) row[3]);
                if (article) {
                    Article source = row[4] instanceof Article whole ? whole : Article.head(row, 4);
                    quote.ahead().put("article", source == null ? null : new ArticleType(source));
                }
                evidenceOf.get(p.id).add(quote);
            }
        }
        if (participants) {
            MeetingType.participantsAhead(meetings, participantPerson, true);
        }
        return new ArrayList<>(positions.values());
    }
}
