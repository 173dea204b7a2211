import type { Role } from '../auth.types';

/** Returned by login and refresh. */
export class TokensDto {
  tokenType: 'Bearer';
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** Use once: each refresh returns a new one and ends this one. */
  refreshToken: string;
}

/** The account as its owner sees it: never the password hash. */
export class AccountDto {
  id: string;
  email: string;
  role: Role;
  emailVerified: boolean;
}

/** Sign-up and the emailed flows answer the same for every address. */
export class AcceptedDto {
  message: string;
}
