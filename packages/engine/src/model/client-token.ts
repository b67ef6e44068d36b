/**
 * A ClientToken an action succeeded with (the ECS idempotence contract): the same token with the same parameters
 * answers the stored response again and changes nothing; with other parameters it is refused
 * (IdempotentParameterMismatch). Kept in table `clientTokens`, keyed by `<Action>/<ClientToken>`, and written in the
 * transaction of the call it remembers, so a reload keeps it and a failed call leaves none.
 */
export interface ClientTokenRecord {
  Action: string;
  ClientToken: string;
  /** The call's parameters but ClientToken and DryRun, as canonical JSON (keys sorted). */
  Request: string;
  /** What the call answered, without its RequestId. */
  Response: Record<string, unknown>;
  CreationTime: string;
}
