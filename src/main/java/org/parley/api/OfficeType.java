package org.parley.api;

import org.parley.core.PageRequest;
import jakarta.inject.Inject;
import org.parley.person.Office;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Source;
import org.parley.core.Batch;
import org.parley.core.NodeKind;
import org.parley.person.Organization;
import org.parley.person.Person;
import org.parley.source.Evidence;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.core.NodeId;
import org.parley.core.DateBasis;
import org.parley.core.DatePrecision;
import org.parley.core.PartialDate;

/** The GraphQL type {@code Office}: every field of it (see {@link PositionType} for the pattern). */
@GraphQLApi
@Type("Office")
@Name("Office")
@Description("A role a person holds in an organization over a period, e.g. Secretary General of NATO from 2024-10-01.")
public class OfficeType implements Node, Retractable {

    private final Office office;

    @Inject
    History revisions;

    OfficeType() {
        this(new Office());
    }

    public OfficeType(Office office) {
        this.office = office;
    }

    @Produces
    @Singleton
    static NodeKind nodeKind() {
        return NodeKind.of(Office.TYPE, Office.class, OfficeType::new);
    }

    @Ignore
    @Override
    public Office entity() {
        return office;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global ID.")
    public String getId() {
        return NodeId.of(Office.TYPE, office.id);
    }

    @NonNull
    @Description("The role, in English (\"Prime Minister of the United Kingdom\").")
    public String getRole() {
        return office.role;
    }

    @Description("When the office began, as known; null when unknown.")
    public PartialDateType getStart() {
        return PartialDateType.of(office.from);
    }

    @Description("When the office ended, as known; null while it is still held.")
    public PartialDateType getEnd() {
        return PartialDateType.of(office.to);
    }

    @Deprecated
    @Description("First day of the office, at `startPrecision`. Null when unknown. Deprecated: use `start` and `end`, which carries the same facts without a made-up day.")
    public LocalDate getStartDate() {
        return office.from == null ? null : office.from.date;
    }

    @Deprecated
    @Description("Precision of `startDate`. Deprecated: use `start` and `end`, which carries the same facts without a made-up day.")
    public DatePrecision getStartPrecision() {
        return office.from == null ? null : office.from.precision;
    }

    @Deprecated
    @Description("How `startDate` was obtained; start dates usually come from general knowledge (INFERRED). Deprecated: use `start` and `end`, which carries the same facts without a made-up day.")
    public DateBasis getStartBasis() {
        return office.from == null ? null : office.from.basis;
    }

    @Deprecated
    @Description("Last day of the office; null while it is still held. Deprecated: use `start` and `end`, which carries the same facts without a made-up day.")
    public LocalDate getEndDate() {
        return office.to == null ? null : office.to.end;
    }

    @Deprecated
    @Description("Precision of `endDate`. Deprecated: use `start` and `end`, which carries the same facts without a made-up day.")
    public DatePrecision getEndPrecision() {
        return office.to == null ? null : office.to.precision;
    }

    @Deprecated
    @Description("How `endDate` was obtained. Deprecated: use `start` and `end`, which carries the same facts without a made-up day.")
    public DateBasis getEndBasis() {
        return office.to == null ? null : office.to.basis;
    }

    @Deprecated
    @Description("How inferred start or end dates were worked out. Deprecated: use `start` and `end`, which carries the same facts without a made-up day.")
    public String getDateNote() {
        return joinNotes(office.from, office.to);
    }

    private static String joinNotes(PartialDate from, PartialDate to) {
        String a = from == null ? null : from.note;
        String b = to == null ? null : to.note;
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }

    @Name("person")
    @Description("Who holds or held the office.")
    public List<@NonNull PersonType> person(@Source List<OfficeType> offices) {
        return Batch.one(offices, o -> o.office.personId, Person::byIds, p -> p.id, PersonType::new);
    }

    @Name("organization")
    @Description("The organization the office is in.")
    public List<@NonNull OrganizationType> organization(@Source List<OfficeType> offices) {
        return Batch.one(offices, o -> o.office.organizationId, Organization::byIds, o -> o.id, OrganizationType::new);
    }

    @Name("evidence")
    @Description(EvidenceType.FIELD_DESCRIPTION)
    public List<@NonNull List<@NonNull EvidenceType>> evidence(@Source List<OfficeType> offices) {
        return EvidenceType.of(offices, o -> o.office.id, Evidence.Subject.OFFICE);
    }

    @Name("history")
    @Description(History.DESCRIPTION)
    public List<@NonNull AuditEntryConnection> history(@Source List<OfficeType> facts,
            @Description(PageRequest.FIRST) Integer first,
            @Description(PageRequest.AFTER) String after) {
        return revisions.of(Office.TYPE, facts.stream().map(f -> f.office.id).toList(), first, after);
    }
}
