// The bundled settings, read once per test file as a command reads them once per run.
import { loadSettings } from '../../src/settings/load-settings.ts';

export const SETTINGS = loadSettings();
export const UNCERTAINTY = SETTINGS.uncertainty;
