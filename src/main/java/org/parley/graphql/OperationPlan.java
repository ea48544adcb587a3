package org.parley.graphql;

import org.parley.core.ErrorCode;
import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an operation will cost, worked out from the document before any resolver or SQL runs:
 * its depth, the number of fields it selects and an estimated cost, all after expanding fragment
 * spreads and inline fragments. {@link #of} refuses an operation over one of its
 * {@link OperationLimits} with a {@link QueryLimitException}.
 *
 * <p><b>Why it is not a plain walk.</b> A fragment may spread another fragment twice, so forty
 * small fragments in a 1.6 KB document select 2<sup>40</sup> fields. graphql-java's own depth and
 * complexity checks expand every spread and never finish. Here each fragment is counted once per
 * context and its totals (four numbers) are remembered, so a spread costs a map look-up: the work
 * is proportional to the size of the document, not of its expansion. The context is the page size
 * its lists inherit (below), so there are at most a few dozen entries per fragment. Counting
 * also stops at the first limit exceeded: totals only grow, so a fragment over a limit puts the
 * whole operation over it. Depth is checked first, in its own pass (also memoised per fragment),
 * so an operation both too deep and too costly is reported as too deep, the more specific fix.
 *
 * <p><b>What is counted.</b>
 * <ul>
 * <li><i>fields</i>: every field, {@code __typename} included, once per place it is selected after
 *     expansion (two aliases are two fields, a fragment spread twice counts twice);</li>
 * <li><i>depth</i>: the longest chain of nested fields, the root field being 1 (fragments and inline
 *     fragments add no level), as graphql-java's MaxQueryDepthInstrumentation counted. Not checked for an
 *     operation that selects only introspection at its root (see {@link #isIntrospectionOnly});</li>
 * <li><i>cost</i>: every field costs 1 times the expected sizes of the list fields around it. A
 *     list inside a connection ({@code nodes}, {@code edges}) is expected to be as long as the
 *     connection's {@code first} (or {@code last}) argument, literal or variable, else the argument's
 *     default in the schema (20), at most {@value #MAX_PAGE} (the cap the resolvers enforce) and at
 *     least 1 (an empty page still resolves its fields once). Any other list field
 *     ({@code participants}, {@code evidence}, {@code commitments}, {@code offices} ...) is expected to
 *     hold {@value #LIST_ESTIMATE} items, except {@code nodes(ids:)}: as many as the IDs given. Lists of introspection types count as 1: introspection has its
 *     own guard (graphql-java's good-faith introspection check) and GraphiQL's schema query must pass;
 *     its fields are still counted. A list of scalars ({@code aliases}) adds no factor: it has no
 *     fields below it;</li>
 * <li><i>mutations</i>: the root fields of a mutation after expanding fragments and inline fragments
 *     at the root, {@code __typename} excepted.</li>
 * </ul>
 * Selections with {@code @skip(if: true)} or {@code @include(if: false)}, literal or variable, are
 * left out, as execution leaves them out.
 */
public final class OperationPlan {

    /** Expected length of a list that is not a page of a connection. */
    static final int LIST_ESTIMATE = 10;
    /** Page size when a connection's {@code first} is absent and the schema gives no default. */
    static final int DEFAULT_PAGE = 20;
    /** The page size cap the connection resolvers enforce. */
    static final int MAX_PAGE = 100;

    private final long fields;
    private final int depth;
    private final long cost;
    private final long mutations;
    private final boolean introspectionOnly;

    private OperationPlan(Tally total, long mutations, boolean introspectionOnly) {
        this.fields = total.fields;
        this.depth = total.depth;
        this.cost = total.cost;
        this.mutations = mutations;
        this.introspectionOnly = introspectionOnly;
    }

    /** Fields selected after expanding fragments. */
    public long fields() {
        return fields;
    }

    /** Longest chain of nested fields (root field = 1). */
    public int depth() {
        return depth;
    }

    /** Estimated cost: each field weighted by the expected sizes of the lists around it. */
    public long cost() {
        return cost;
    }

    /** Root fields of a mutation after expanding fragments; 0 for queries. */
    public long mutations() {
        return mutations;
    }

    /** True when the depth limit was not applied because the operation selects only introspection. */
    public boolean introspectionOnly() {
        return introspectionOnly;
    }

    @Override
    public String toString() {
        return "OperationPlan[fields=" + fields + ", depth=" + depth + ", cost=" + cost + ", mutations=" + mutations
                + (introspectionOnly ? ", introspection" : "") + "]";
    }

    /**
     * Plans the operation, or refuses it.
     *
     * @param variables the coerced variable values (they decide {@code first: $n}, {@code @skip(if: $b)})
     * @throws QueryLimitException {@link ErrorCode#QUERY_TOO_DEEP} or {@link ErrorCode#QUERY_TOO_COMPLEX}
     *                             when a limit is exceeded; counting stops there
     */
    public static OperationPlan of(GraphQLSchema schema, OperationDefinition operation,
            Map<String, FragmentDefinition> fragments, Map<String, Object> variables, OperationLimits limits) {
        if (operation == null || operation.getSelectionSet() == null) {
            return new OperationPlan(new Tally(), 0, false);
        }
        boolean introspectionOnly = isIntrospectionOnly(operation);
        boolean mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        Planner planner = new Planner(schema, fragments == null ? Map.of() : fragments,
                variables == null ? Map.of() : variables, limits);
        if (!introspectionOnly) {
            // First, as its fix (less nesting) is the more specific one; deep nests of lists are costly too.
            int depth = planner.depth(operation.getSelectionSet());
            if (depth > limits.maxDepth()) {
                throw new QueryLimitException(ErrorCode.QUERY_TOO_DEEP, "The operation nests fields " + depth
                        + " levels deep after expanding fragments, more than the limit of " + limits.maxDepth()
                        + "; ask for fewer nested levels");
            }
        }
        Tally total = planner.walk(operation.getSelectionSet(), root, LIST_ESTIMATE, mutation);
        return new OperationPlan(total, mutation ? total.rootFields : 0, introspectionOnly);
    }

    /**
     * True when every root selection is an introspection field ({@code __schema}, {@code __type},
     * {@code __typename}); fragments at the root count as data. The standard introspection query that
     * GraphiQL and other tools send on start-up nests {@code ofType} 15 levels deep, more than the
     * limit meant for data queries; graphql-java's good-faith introspection check guards it instead.
     */
    static boolean isIntrospectionOnly(OperationDefinition operation) {
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY
                || operation.getSelectionSet() == null) {
            return false;
        }
        List<Selection> selections = operation.getSelectionSet().getSelections();
        if (selections.isEmpty()) {
            return false;
        }
        for (Selection<?> selection : selections) {
            if (!(selection instanceof Field field) || !field.getName().startsWith("__")) {
                return false;
            }
        }
        return true;
    }

    /** Totals of one selection set, relative to it: its fields are at depth 1 and cost 1 each. */
    private static final class Tally {
        long fields;
        int depth;
        long cost;
        /** Fields directly in the set (fragments expanded), {@code __typename} excepted. */
        long rootFields;

        void add(Tally other) {
            fields = plus(fields, other.fields);
            depth = Math.max(depth, other.depth);
            cost = plus(cost, other.cost);
            rootFields = plus(rootFields, other.rootFields);
        }
    }

    private record FragmentKey(String name, int listSize) {
    }

    private static final class Planner {
        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        private final OperationLimits limits;
        private final Map<FragmentKey, Tally> done = new HashMap<>();
        private final Map<String, Integer> depths = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();

        Planner(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
                OperationLimits limits) {
            this.schema = schema;
            this.fragments = fragments;
            this.variables = variables;
            this.limits = limits;
        }

        /** The depth of a selection set; each fragment's depth is worked out once. */
        int depth(SelectionSet set) {
            int depth = 0;
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    if (included(field.getDirectives())) {
                        depth = Math.max(depth, 1 + (field.getSelectionSet() == null ? 0 : depth(field.getSelectionSet())));
                    }
                } else if (selection instanceof InlineFragment inline) {
                    if (included(inline.getDirectives()) && inline.getSelectionSet() != null) {
                        depth = Math.max(depth, depth(inline.getSelectionSet()));
                    }
                } else if (selection instanceof FragmentSpread spread && included(spread.getDirectives())) {
                    depth = Math.max(depth, fragmentDepth(spread.getName()));
                }
            }
            return depth;
        }

        private int fragmentDepth(String name) {
            Integer known = depths.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || definition.getSelectionSet() == null) {
                return 0;
            }
            if (!inProgress.add(name)) {
                throw cycle(name);
            }
            int depth = depth(definition.getSelectionSet());
            inProgress.remove(name);
            depths.put(name, depth);
            return depth;
        }

        private static QueryLimitException cycle(String name) {
            return new QueryLimitException(ErrorCode.QUERY_TOO_COMPLEX, "Fragment " + name + " spreads itself; remove the cycle");
        }

        /**
         * Counts a selection set.
         *
         * @param type     the type its fields belong to (null when unknown: then no list factors apply below)
         * @param listSize expected length of each list field directly in the set
         * @param mutations whether to hold its root fields against the mutation cap
         */
        Tally walk(SelectionSet set, GraphQLCompositeType type, int listSize, boolean mutations) {
            Tally tally = new Tally();
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    if (included(field.getDirectives())) {
                        field(field, type, listSize, tally);
                    }
                } else if (selection instanceof InlineFragment inline) {
                    if (included(inline.getDirectives()) && inline.getSelectionSet() != null) {
                        GraphQLCompositeType on = inline.getTypeCondition() == null ? type
                                : composite(inline.getTypeCondition().getName());
                        tally.add(walk(inline.getSelectionSet(), on, listSize, false));
                    }
                } else if (selection instanceof FragmentSpread spread) {
                    if (included(spread.getDirectives())) {
                        tally.add(fragment(spread.getName(), listSize));
                    }
                }
                check(tally);
                if (mutations && tally.rootFields > limits.maxMutations()) {
                    throw new QueryLimitException(ErrorCode.QUERY_TOO_COMPLEX, "An operation may run at most "
                            + limits.maxMutations() + " mutations; this one runs " + tally.rootFields
                            + " or more after expanding fragments. Send them in several requests; none was run");
                }
            }
            return tally;
        }

        private void field(Field field, GraphQLCompositeType parent, int listSize, Tally tally) {
            GraphQLFieldDefinition definition = definition(parent, field.getName());
            long cost = 1;
            int depth = 1;
            long fields = 1;
            if (field.getSelectionSet() != null && !field.getSelectionSet().getSelections().isEmpty()) {
                GraphQLType type = definition == null ? null : definition.getType();
                GraphQLUnmodifiedType inner = type == null ? null : GraphQLTypeUtil.unwrapAll(type);
                GraphQLCompositeType childType = inner instanceof GraphQLCompositeType composite ? composite : null;
                boolean introspection = inner != null && inner.getName().startsWith("__");
                int childListSize = introspection ? 1
                        : isConnection(definition, inner) ? pageSize(field, definition) : LIST_ESTIMATE;
                Tally children = walk(field.getSelectionSet(), childType, childListSize, false);
                boolean list = type != null && GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
                fields = plus(fields, children.fields);
                depth = depth + children.depth;
                cost = plus(cost, times(list ? idCount(field, listSize) : 1, children.cost));
            }
            tally.fields = plus(tally.fields, fields);
            tally.depth = Math.max(tally.depth, depth);
            tally.cost = plus(tally.cost, cost);
            if (!field.getName().startsWith("__")) {
                tally.rootFields++;
            }
        }

        /** A fragment's totals in a context, counted the first time and remembered. */
        private Tally fragment(String name, int listSize) {
            FragmentKey key = new FragmentKey(name, listSize);
            Tally known = done.get(key);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || definition.getSelectionSet() == null) {
                return new Tally(); // validation reports unknown fragments before execution
            }
            if (!inProgress.add(name)) {
                throw cycle(name);
            }
            Tally tally = walk(definition.getSelectionSet(), composite(definition.getTypeCondition().getName()),
                    listSize, false);
            inProgress.remove(name);
            done.put(key, tally);
            return tally;
        }

        /** Totals only grow, so a part over a limit puts the operation over it. (Depth is checked before.) */
        private void check(Tally tally) {
            if (tally.fields > limits.maxFields()) {
                throw new QueryLimitException(ErrorCode.QUERY_TOO_COMPLEX, "The operation would select more than "
                        + limits.maxFields() + " fields after expanding fragments (" + tally.fields
                        + " or more); ask for fewer fields");
            }
            if (tally.cost > limits.maxCost()) {
                throw new QueryLimitException(ErrorCode.QUERY_TOO_COMPLEX, "The operation's estimated cost exceeds "
                        + limits.maxCost() + " (" + tally.cost + " or more: each field counts once per item of the "
                        + "lists around it, a page as its `first` or 20, other lists as " + LIST_ESTIMATE
                        + "); ask for smaller pages or fewer nested lists");
            }
        }

        private boolean included(List<Directive> directives) {
            for (Directive directive : directives) {
                if ("skip".equals(directive.getName()) && condition(directive)) {
                    return false;
                }
                if ("include".equals(directive.getName()) && !condition(directive)) {
                    return false;
                }
            }
            return true;
        }

        private boolean condition(Directive directive) {
            Argument argument = directive.getArgument("if");
            Value<?> value = argument == null ? null : argument.getValue();
            if (value instanceof BooleanValue bool) {
                return bool.isValue();
            }
            if (value instanceof VariableReference reference) {
                return Boolean.TRUE.equals(variables.get(reference.getName()));
            }
            return false;
        }

        private GraphQLFieldDefinition definition(GraphQLCompositeType parent, String name) {
            if (parent == null) {
                return null;
            }
            try {
                return Introspection.getFieldDef(schema, parent, name);
            } catch (RuntimeException unknown) {
                return null; // validation reports unknown fields before execution
            }
        }

        private GraphQLCompositeType composite(String name) {
            return schema.getType(name) instanceof GraphQLCompositeType composite ? composite : null;
        }

        /** A field returning one object that takes a page size: its lists are pages. */
        private static boolean isConnection(GraphQLFieldDefinition definition, GraphQLUnmodifiedType inner) {
            if (definition == null || !(inner instanceof GraphQLObjectType)
                    || GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))) {
                return false;
            }
            return definition.getArgument("first") != null || definition.getArgument("last") != null
                    || inner.getName().endsWith("Connection");
        }

        /**
         * The expected length of a list field: for {@code nodes(ids:)}, as many items as IDs given
         * (at most {@value #MAX_PAGE}, the cap the resolver enforces), else {@code listSize}.
         */
        private int idCount(Field field, int listSize) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals("ids")) {
                    Value<?> value = argument.getValue();
                    int count = value instanceof ArrayValue array ? array.getValues().size()
                            : value instanceof VariableReference reference
                                    && variables.get(reference.getName()) instanceof java.util.Collection<?> ids
                                    ? ids.size() : 1; // a lone ID coerces to a list of one
                    return Math.max(1, Math.min(MAX_PAGE, count));
                }
            }
            return listSize;
        }

        private int pageSize(Field field, GraphQLFieldDefinition definition) {
            Integer size = intArgument(field, "first");
            if (size == null) {
                size = intArgument(field, "last");
            }
            if (size == null) {
                size = schemaDefault(definition.getArgument("first"));
            }
            if (size == null) {
                size = DEFAULT_PAGE;
            }
            return Math.max(1, Math.min(MAX_PAGE, size));
        }

        private Integer intArgument(Field field, String name) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals(name)) {
                    Value<?> value = argument.getValue();
                    if (value instanceof IntValue literal) {
                        return clamp(literal.getValue());
                    }
                    if (value instanceof VariableReference reference
                            && variables.get(reference.getName()) instanceof Number number) {
                        return clamp(BigInteger.valueOf(number.longValue()));
                    }
                    return null;
                }
            }
            return null;
        }

        private static Integer schemaDefault(GraphQLArgument argument) {
            if (argument == null || !argument.hasSetDefaultValue()) {
                return null;
            }
            Object value = argument.getArgumentDefaultValue().getValue();
            if (value instanceof Number number) {
                return clamp(BigInteger.valueOf(number.longValue()));
            }
            if (value instanceof IntValue literal) {
                return clamp(literal.getValue());
            }
            return null;
        }

        private static int clamp(BigInteger value) {
            return value.max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
        }
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long times(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
