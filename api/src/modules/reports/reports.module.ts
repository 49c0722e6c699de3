import { Module } from '@nestjs/common';
import { MeasuresRepository } from './measures.repository.js';
import { MeasuresService } from './measures.service.js';
import { OccupancyRepository } from './occupancy.repository.js';
import { OccupancyService } from './occupancy.service.js';
import { OccupancyReportCsvResolver, ReportsResolver } from './reports.resolver.js';
import { TargetsRepository } from './targets.repository.js';
import { TargetsService } from './targets.service.js';

/** Occupancy reports, success measures and the targets both compare with. Everything is computed in SQL. */
@Module({
  providers: [
    OccupancyRepository,
    OccupancyService,
    TargetsRepository,
    TargetsService,
    MeasuresRepository,
    MeasuresService,
    ReportsResolver,
    OccupancyReportCsvResolver,
  ],
})
export class ReportsModule {}
