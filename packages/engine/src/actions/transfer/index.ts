import { exportSecurityGroupRules } from './export-security-group-rules.ts';
import { importSecurityGroupRules } from './import-security-group-rules.ts';
import { previewImportSecurityGroupRules } from './preview-import-security-group-rules.ts';

/** Ours: the console's export and import of a group's rules (SEED004 "Import and export rules"). */
export const transferActions = {
  ExportSecurityGroupRules: exportSecurityGroupRules,
  PreviewImportSecurityGroupRules: previewImportSecurityGroupRules,
  ImportSecurityGroupRules: importSecurityGroupRules,
};
