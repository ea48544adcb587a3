package org.parley.api;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.parley.core.DateMatch;
import org.parley.core.DatePrecision;
import org.parley.core.DateRange;
import org.parley.core.NodeId;
import org.parley.core.SearchText;
import org.parley.meeting.Meeting;
import org.parley.meeting.MeetingKind;
import org.parley.person.NameResolver;
import org.parley.position.Attribution;
import org.parley.position.CommitmentStatus;
import org.parley.position.PositionFilter;
import org.parley.position.PositionKind;
import org.parley.position.TopicService;

/** The GraphQL input {@code PositionFilter}: what `positions` and `positionStats` keep. */
@Input("PositionFilter")
@Description("Which positions to keep: every field given must hold (AND); a field left out does not filter. Names ignore case and diacritics; an unknown name is NOT_FOUND, a malformed value BAD_USER_INPUT with `extensions.argument` naming the field (\"filter.holder\").")
public class PositionFilterInput {

    @Description("Only positions of this person (canonical name or alias).")
    public String holder;

    @Description("Only positions taken on behalf of this organization (name or alias).")
    public String organization;

    @Description("Only positions addressed to this person or organization (name or alias; when a person and an organization share the name, either).")
    public String addressee;

    @Description("Only positions of this kind.")
    public PositionKind kind;

    @Description("Only commitments with this status.")
    public CommitmentStatus status;

    @Description("Only positions on this topic (its `slug`).")
    public String topic;

    @Id
    @Description("Only positions taken at this meeting.")
    public String meeting;

    @Description("Only positions taken at a meeting of this kind.")
    public MeetingKind meetingKind;

    @Description("Only positions taken at a meeting whose place contains these words (as `search` matches them: \"den haag\", \"washington\").")
    public String place;

    @Description("Only positions known to the day, on this day. Cannot be combined with `from`/`to`.")
    public LocalDate on;

    @Description("Only positions whose date period starts on or after this day (see `match`).")
    public LocalDate from;

    @Description("Only positions whose date period ends on or before this day (see `match`).")
    public LocalDate to;

    @DefaultValue("WITHIN")
    @Description("How `from`/`to` are matched: the whole date period inside the window (WITHIN), or sharing a day with it (OVERLAPS).")
    public DateMatch match;

    @Description("Only positions whose date is known to this precision (DAY, MONTH, YEAR or RANGE).")
    public DatePrecision precision;

    @Description("Only positions in these words: said by the holder, reported or assessed by the article.")
    public Attribution attribution;

    @Description("Text search over the English summary and the quotes of the evidence (Dutch for the founding articles): positions whose summary, or one of whose quotes, contains every word. Case and diacritics are ignored (\"oekraine\" finds \"Oekraïne\"); a word matches words that start with it (\"tarief\" finds \"tarieven\", \"sanction\" finds \"sanctions\"). At most 8 words and 200 characters; punctuation separates words.")
    public String search;

    @DefaultValue("false")
    @Description("Also keep positions a curator retracted (left out by default).")
    public Boolean includeRetracted;

    /**
     * The filter with names, slugs and IDs resolved; errors name the field as
     * {@code prefix + field} ("filter.holder", or "holder" for the older separate arguments).
     */
    PositionFilter resolve(String prefix, NameResolver names, TopicService topics) {
        PositionFilter.Addressee addressedTo = null;
        if (addressee != null) {
            NameResolver.Named named = names.personOrOrganization(addressee, prefix + "addressee");
            addressedTo = new PositionFilter.Addressee(named.person() == null ? null : named.person().id,
                    named.organization() == null ? null : named.organization().id);
        }
        return new PositionFilter(
                holder == null ? null : names.person(holder, prefix + "holder").id,
                organization == null ? null : names.organization(organization, prefix + "organization").id,
                kind,
                topic == null ? null : topics.bySlug(topic, prefix + "topic").id,
                meeting == null ? null : NodeId.parse(meeting, Meeting.TYPE, prefix + "meeting"),
                DateRange.of(on, from, to, match, prefix),
                Boolean.TRUE.equals(includeRetracted), addressedTo, status, meetingKind, precision, attribution,
                place == null ? null : SearchText.query(place, prefix + "place"),
                search == null ? null : SearchText.query(search, prefix + "search"));
    }
}
