import {
  type EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { AuthStore } from './auth.store';

/** Restores the session before the first navigation, so guards see the real user. */
export function provideIdentity(): EnvironmentProviders {
  return makeEnvironmentProviders([provideAppInitializer(() => inject(AuthStore).restore())]);
}
