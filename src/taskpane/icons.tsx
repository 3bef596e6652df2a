// The icons Fluent's components ask for, registered as inline SVG components.
// initializeIcons() is deliberately not used: it loads an icon font from a CDN.
import * as React from "react";
import { registerIcons } from "@fluentui/react";
import {
  CancelIcon,
  CheckMarkIcon,
  CombineIcon,
  ChevronDownIcon,
  ChevronDownSmallIcon,
  ChevronUpIcon,
  ChevronUpSmallIcon,
  CircleShapeSolidIcon,
  ClearIcon,
  CompletedIcon,
  DoubleChevronDownIcon,
  DownloadIcon,
  DoubleChevronUpIcon,
  ErrorBadgeIcon,
  FlagIcon,
  InfoIcon,
  MoreIcon,
  OpenFileIcon,
  RefreshIcon,
  ReportDocumentIcon,
  SettingsIcon,
  SortDownIcon,
  SortUpIcon,
  Blocked2Icon,
  UndoIcon,
  WarningIcon,
  PageIcon,
} from "@fluentui/react-icons-mdl2";

let registered = false;

export function registerPaneIcons(): void {
  if (registered) return;
  registered = true;
  registerIcons({
    icons: {
      Cancel: <CancelIcon />,
      CheckMark: <CheckMarkIcon />,
      Combine: <CombineIcon />,
      ChevronDown: <ChevronDownIcon />,
      ChevronDownSmall: <ChevronDownSmallIcon />,
      ChevronUp: <ChevronUpIcon />,
      ChevronUpSmall: <ChevronUpSmallIcon />,
      CircleShapeSolid: <CircleShapeSolidIcon />,
      Clear: <ClearIcon />,
      Completed: <CompletedIcon />,
      DoubleChevronDown: <DoubleChevronDownIcon />,
      Download: <DownloadIcon />,
      DoubleChevronUp: <DoubleChevronUpIcon />,
      ErrorBadge: <ErrorBadgeIcon />,
      Blocked2: <Blocked2Icon />,
      Flag: <FlagIcon />,
      Info: <InfoIcon />,
      More: <MoreIcon />,
      OpenFile: <OpenFileIcon />,
      Page: <PageIcon />,
      Refresh: <RefreshIcon />,
      ReportDocument: <ReportDocumentIcon />,
      Settings: <SettingsIcon />,
      SortDown: <SortDownIcon />,
      SortUp: <SortUpIcon />,
      Undo: <UndoIcon />,
      Warning: <WarningIcon />,
    },
  });
}
