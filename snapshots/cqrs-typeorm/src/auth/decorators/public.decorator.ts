import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'auth:public';

/** Opens a route (or every route of a controller) to callers without a token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
