// Uses the generated types as a client would: fails to compile when an example operation's
// result or variables change shape, or when Date stops being a string.
import type {
  LeaderCommitmentsOnDayQuery,
  LeaderCommitmentsOnDayQueryVariables,
  PositionsInAMonthQuery,
} from './generated/operations';

export const variables: LeaderCommitmentsOnDayQueryVariables = { leader: 'Trump', on: '2025-02-27' };

export function firstDate(result: LeaderCommitmentsOnDayQuery): string | null | undefined {
  return result.commitments[0]?.date;
}

export function nextPage(result: PositionsInAMonthQuery): string | null | undefined {
  return result.positions.pageInfo.hasNextPage ? result.positions.pageInfo.endCursor : null;
}

import type { Scalars } from './generated/schema';

export const releasedOn: Scalars['Date']['output'] = '2025-02-27';
