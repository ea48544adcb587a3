package org.parley.api;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.parley.core.DateMatch;
import org.parley.core.DatePrecision;
import org.parley.core.DateRange;
import org.parley.core.SearchText;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.person.NameResolver;

/** The GraphQL input {@code MeetingFilter}: what `meetings` keeps. */
@Input("MeetingFilter")
@Description("Which meetings to keep: every field given must hold (AND); a field left out does not filter. Names ignore case and diacritics; an unknown name is NOT_FOUND, a malformed value BAD_USER_INPUT with `extensions.argument` naming the field (\"filter.participant\").")
public class MeetingFilterInput {

    @Description("Only meetings this person took part in (name or alias).")
    public String participant;

    @Description("Only meetings this organization took part in, as a delegation or through a participant acting on its behalf (name or alias).")
    public String organization;

    @Description("Only meetings with this status.")
    public MeetingStatus status;

    @Description("Only meetings of this kind.")
    public MeetingKind kind;

    @Description("Only meetings whose place contains these words, ignoring case and diacritics; a word matches words that start with it (\"witte huis\", \"brussel\").")
    public String place;

    @Description("Text search over title, place and summary: meetings whose text contains every word, as `PositionFilter.search` matches them. At most 8 words and 200 characters.")
    public String search;

    @Description("Only meetings whose date period starts on or after this day (see `match`).")
    public LocalDate from;

    @Description("Only meetings whose date period ends on or before this day (see `match`).")
    public LocalDate to;

    @DefaultValue("WITHIN")
    @Description("How `from`/`to` are matched: the whole date period inside the window (WITHIN), or sharing a day with it (OVERLAPS).")
    public DateMatch match;

    @Description("Only meetings whose date is known to this precision (DAY, MONTH, YEAR or RANGE); undated meetings have none.")
    public DatePrecision precision;

    @DefaultValue("false")
    @Description("Also keep meetings a curator retracted (left out by default).")
    public Boolean includeRetracted;

    /** The filter with names resolved; errors name the field as {@code prefix + field}. */
    MeetingFilter resolve(String prefix, NameResolver names) {
        return new MeetingFilter(
                participant == null ? null : names.person(participant, prefix + "participant").id,
                organization == null ? null : names.organization(organization, prefix + "organization").id,
                status, kind, DateRange.of(null, from, to, match, prefix), Boolean.TRUE.equals(includeRetracted),
                precision,
                place == null ? null : SearchText.query(place, prefix + "place"),
                search == null ? null : SearchText.query(search, prefix + "search"));
    }
}
